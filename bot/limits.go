package bot

import (
	"sync"
	"time"

	"golang.org/x/time/rate"
)

// userLimits gives each user a token bucket of questions per minute.
// Buckets idle long enough to be full again are forgotten.
type userLimits struct {
	perMinute int
	mu        sync.Mutex
	users     map[string]*userBucket
	lastSweep time.Time
}

type userBucket struct {
	lim  *rate.Limiter
	seen time.Time
}

func newUserLimits(perMinute int) *userLimits {
	return &userLimits{perMinute: perMinute, users: map[string]*userBucket{}}
}

// allow takes one question from the user's bucket. When the bucket is
// empty it returns false and how long until the next question is allowed.
func (l *userLimits) allow(userID string, now time.Time) (bool, time.Duration) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if now.Sub(l.lastSweep) > time.Minute {
		for id, b := range l.users {
			if now.Sub(b.seen) > 2*time.Minute {
				delete(l.users, id)
			}
		}
		l.lastSweep = now
	}
	b := l.users[userID]
	if b == nil {
		b = &userBucket{lim: rate.NewLimiter(rate.Every(time.Minute/time.Duration(l.perMinute)), l.perMinute)}
		l.users[userID] = b
	}
	b.seen = now
	r := b.lim.ReserveN(now, 1)
	if d := r.DelayFrom(now); d > 0 {
		r.CancelAt(now)
		return false, d
	}
	return true, 0
}
