// Package frontend holds the browser side of the portal: the React SPA and the
// GraphQL playground, built by `npm run build` into frontend/dist.
package frontend

import "embed"

// Dist is the built frontend, rooted at "dist" (so "dist/index.html",
// "dist/playground.html", "dist/assets/..."); use fs.Sub(Dist, "dist") to serve it.
//
// The "all:" prefix keeps dist/.keep, the committed placeholder that lets this
// package compile on a fresh clone before the frontend has been built; the
// server should treat a missing dist/index.html as "frontend not built".
//
//go:embed all:dist
var Dist embed.FS
