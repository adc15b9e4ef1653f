// Package outcome holds the documents that rights requests produce and keep as JSON: the files of
// an export archive, and what an erasure deletes and keeps (its preview, then its receipt).
package outcome

import "time"

// ArchiveFile is one file of an export archive, as its manifest lists it.
type ArchiveFile struct {
	Name   string `json:"name"`
	Size   int64  `json:"size"`
	SHA256 string `json:"sha256"`
}

// Erasure says what an erasure deletes or anonymises, what it keeps and why, and which legal
// holds stop it. Before submission it is the preview the requester sees (and is stored with the
// request); after execution the same shape is the receipt.
type Erasure struct {
	At     time.Time    `json:"at"`
	Erased []ErasedItem `json:"erased"`
	Kept   []KeptItem   `json:"kept"`
	Holds  []HoldNotice `json:"holds"`
}

// ErasedItem is one kind of record the erasure deletes or irreversibly anonymises.
type ErasedItem struct {
	Category    string `json:"category"`
	Description string `json:"description"`
	Count       int    `json:"count"`
}

// KeptItem is one kind of record the erasure keeps: why, and until when (nil while a legal hold
// lasts, which has no end date).
type KeptItem struct {
	Category    string     `json:"category"`
	Description string     `json:"description"`
	Reason      string     `json:"reason"`
	Until       *time.Time `json:"until"`
	Count       int        `json:"count"`
}

// HoldNotice is a legal hold that blocks the erasure, with the reason the requester is shown.
type HoldNotice struct {
	Kind   string `json:"kind"`
	Reason string `json:"reason"`
}
