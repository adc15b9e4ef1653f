package devidp

import (
	"context"
	"crypto/rand"
	"crypto/subtle"
	"errors"
	"fmt"
	"strings"
	"sync"
	"time"

	"github.com/zitadel/oidc/v3/pkg/oidc"
	"github.com/zitadel/oidc/v3/pkg/op"
)

// Errors the login page turns into messages for the user.
var (
	errUnknownAuthRequest = errors.New("unknown or expired sign-in request")
	errAlreadySignedIn    = errors.New("sign-in request already completed")
	errBadCredentials     = errors.New("wrong email or password")
)

// storage keeps everything the provider needs in memory. A restart forgets
// all sign-ins and tokens, which is acceptable for a development provider.
type storage struct {
	issuer  string
	users   []User // in configuration order, for the login page
	byEmail map[string]User
	bySub   map[string]User
	clients map[string]Client
	key     *signingKey
	now     func() time.Time

	mu           sync.Mutex
	authRequests map[string]*authRequest // by auth request ID
	codes        map[string]string       // authorization code -> auth request ID
	tokens       map[string]*accessToken // by token ID (the JWT's jti)
}

// accessToken is the server-side record of an issued JWT access token, kept
// so userinfo, introspection and end_session can look it up or revoke it.
type accessToken struct {
	subject  string
	clientID string
	audience []string
	scopes   []string
	expires  time.Time
}

var (
	_ op.Storage                   = (*storage)(nil)
	_ op.CanSetUserinfoFromRequest = (*storage)(nil)
)

func newStorage(issuer string, users []User, clients []Client) (*storage, error) {
	if err := validateAccounts(users, clients); err != nil {
		return nil, err
	}
	key, err := newSigningKey()
	if err != nil {
		return nil, err
	}
	s := &storage{
		issuer:       issuer,
		users:        users,
		byEmail:      make(map[string]User, len(users)),
		bySub:        make(map[string]User, len(users)),
		clients:      make(map[string]Client, len(clients)),
		key:          key,
		now:          time.Now,
		authRequests: make(map[string]*authRequest),
		codes:        make(map[string]string),
		tokens:       make(map[string]*accessToken),
	}
	return s, s.index(users, clients)
}

// index builds the lookup maps, refusing duplicates because a duplicate email
// or subject would make sign-in ambiguous.
func (s *storage) index(users []User, clients []Client) error {
	for _, u := range users {
		email := strings.ToLower(u.Email)
		if _, dup := s.byEmail[email]; dup {
			return fmt.Errorf("devidp: duplicate demo user email %q", u.Email)
		}
		if _, dup := s.bySub[u.Subject]; dup {
			return fmt.Errorf("devidp: duplicate demo user subject %q", u.Subject)
		}
		s.byEmail[email], s.bySub[u.Subject] = u, u
	}
	for _, c := range clients {
		if _, dup := s.clients[c.ID]; dup {
			return fmt.Errorf("devidp: duplicate client ID %q", c.ID)
		}
		s.clients[c.ID] = c
	}
	return nil
}

// CreateAuthRequest implements op.Storage. zitadel has already validated the
// client, redirect URI, scopes and response type; this adds the policy that
// PKCE is mandatory and that prompt=none cannot succeed without sessions.
func (s *storage) CreateAuthRequest(_ context.Context, req *oidc.AuthRequest, _ string) (op.AuthRequest, error) {
	if err := requirePKCE(req); err != nil {
		return nil, err
	}
	if len(req.Prompt) == 1 && req.Prompt[0] == oidc.PromptNone {
		return nil, oidc.ErrLoginRequired()
	}
	now := s.now()
	ar := newAuthRequest(rand.Text(), req, now)

	s.mu.Lock()
	defer s.mu.Unlock()
	s.pruneLocked(now)
	s.authRequests[ar.id] = ar
	return ar.clone(), nil
}

// AuthRequestByID implements op.Storage.
func (s *storage) AuthRequestByID(_ context.Context, id string) (op.AuthRequest, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	ar, err := s.authRequestLocked(id)
	if err != nil {
		return nil, err
	}
	return ar.clone(), nil
}

// AuthRequestByCode implements op.Storage.
func (s *storage) AuthRequestByCode(_ context.Context, code string) (op.AuthRequest, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	id, ok := s.codes[code]
	if !ok {
		return nil, errUnknownAuthRequest
	}
	ar, err := s.authRequestLocked(id)
	if err != nil {
		return nil, err
	}
	return ar.clone(), nil
}

// SaveAuthCode implements op.Storage.
func (s *storage) SaveAuthCode(_ context.Context, id, code string) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if _, err := s.authRequestLocked(id); err != nil {
		return err
	}
	s.codes[code] = id
	return nil
}

// DeleteAuthRequest implements op.Storage. zitadel calls it once the code has
// been exchanged, which is what makes codes single-use.
func (s *storage) DeleteAuthRequest(_ context.Context, id string) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.deleteAuthRequestLocked(id)
	return nil
}

// authenticate checks the login form and, on success, marks the auth request
// as done for the user. It refuses completed requests so that a second post
// cannot swap the subject behind an already issued code.
func (s *storage) authenticate(id, email, password string) error {
	user, ok := s.byEmail[strings.ToLower(strings.TrimSpace(email))]
	passwordOK := subtle.ConstantTimeCompare([]byte(password), []byte(demoPassword)) == 1

	s.mu.Lock()
	defer s.mu.Unlock()
	ar, err := s.authRequestLocked(id)
	switch {
	case err != nil:
		return err
	case ar.done:
		return errAlreadySignedIn
	case !ok || !passwordOK:
		return errBadCredentials
	}
	ar.subject, ar.authTime, ar.done = user.Subject, s.now(), true
	return nil
}

// pendingAuthRequest reports whether id is a sign-in still waiting for the
// login page.
func (s *storage) pendingAuthRequest(id string) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	ar, err := s.authRequestLocked(id)
	if err != nil {
		return err
	}
	if ar.done {
		return errAlreadySignedIn
	}
	return nil
}

func (s *storage) authRequestLocked(id string) (*authRequest, error) {
	ar, ok := s.authRequests[id]
	if !ok || ar.expired(s.now()) {
		return nil, errUnknownAuthRequest
	}
	return ar, nil
}

func (s *storage) deleteAuthRequestLocked(id string) {
	delete(s.authRequests, id)
	for code, requestID := range s.codes {
		if requestID == id {
			delete(s.codes, code)
		}
	}
}

// pruneLocked forgets expired auth requests and tokens so that a long-running
// development server does not grow without bound.
func (s *storage) pruneLocked(now time.Time) {
	for id, ar := range s.authRequests {
		if ar.expired(now) {
			s.deleteAuthRequestLocked(id)
		}
	}
	for id, t := range s.tokens {
		if now.After(t.expires) {
			delete(s.tokens, id)
		}
	}
}

// Health implements op.Storage; memory is always available.
func (s *storage) Health(context.Context) error { return nil }
