package fetch

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"net/url"
	"strings"
)

// robotsAgent is the product token Parley answers to in robots.txt.
const robotsAgent = "parley"

// robots is the rules of one host's robots.txt that apply to Parley.
type robots struct {
	rules []rule
}

// rule allows or disallows a path prefix.
type rule struct {
	prefix string
	allow  bool
}

// allowed reports whether the host's robots.txt lets Parley fetch u. A
// robots.txt that is missing (or answers with an error) allows everything,
// as the Robots Exclusion Protocol (RFC 9309) says of 4xx; one that cannot
// be reached at all allows too, as sites without one often time out.
func (c *Client) allowed(ctx context.Context, u *url.URL) (bool, error) {
	key := u.Scheme + "://" + u.Host
	c.mu.Lock()
	r, ok := c.robots[key]
	c.mu.Unlock()
	if !ok {
		r = &robots{}
		page, err := c.get(ctx, &url.URL{Scheme: u.Scheme, Host: u.Host, Path: "/robots.txt"}, false, "", "")
		var fe *Error
		switch {
		case err == nil:
			r = parseRobots(page.Body, robotsAgent)
		case errors.As(err, &fe) && errors.Is(fe.Err, errPrivate):
			return false, err // the page itself would be refused the same way
		}
		c.mu.Lock()
		c.robots[key] = r
		c.mu.Unlock()
	}
	return r.allows(u.EscapedPath()), nil
}

// parseRobots reads the groups of a robots.txt for agent: the group naming
// it, or else the "*" group.
func parseRobots(data []byte, agent string) *robots {
	type group struct {
		agents []string
		rules  []rule
	}
	var groups []*group
	var cur *group
	inAgents := false
	sc := bufio.NewScanner(bytes.NewReader(data))
	for sc.Scan() {
		line := sc.Text()
		if i := strings.IndexByte(line, '#'); i >= 0 {
			line = line[:i]
		}
		key, value, ok := strings.Cut(line, ":")
		if !ok {
			continue
		}
		key, value = strings.ToLower(strings.TrimSpace(key)), strings.TrimSpace(value)
		switch key {
		case "user-agent":
			if !inAgents {
				cur = &group{}
				groups = append(groups, cur)
			}
			cur.agents = append(cur.agents, strings.ToLower(value))
			inAgents = true
		case "allow", "disallow":
			inAgents = false
			if cur == nil || (key == "disallow" && value == "") {
				continue // "Disallow:" with nothing allows everything
			}
			cur.rules = append(cur.rules, rule{prefix: value, allow: key == "allow"})
		default:
			inAgents = false
		}
	}
	var star *group
	for _, g := range groups {
		for _, a := range g.agents {
			if a == "*" && star == nil {
				star = g
			} else if a != "*" && a != "" && (strings.Contains(agent, a) || strings.Contains(a, agent)) {
				return &robots{rules: g.rules}
			}
		}
	}
	if star != nil {
		return &robots{rules: star.rules}
	}
	return &robots{}
}

// allows applies the longest matching rule; on a tie, allow wins. A rule
// may end with $ to match the path's end, and hold * for any characters.
func (r *robots) allows(path string) bool {
	if path == "" {
		path = "/"
	}
	best, allow := -1, true
	for _, ru := range r.rules {
		if matches(ru.prefix, path) && (len(ru.prefix) > best || len(ru.prefix) == best && ru.allow) {
			best, allow = len(ru.prefix), ru.allow
		}
	}
	return allow
}

// matches reports whether a robots.txt path pattern matches path.
func matches(pattern, path string) bool {
	anchored := strings.HasSuffix(pattern, "$")
	pattern = strings.TrimSuffix(pattern, "$")
	parts := strings.Split(pattern, "*")
	if !strings.HasPrefix(path, parts[0]) {
		return false
	}
	rest := path[len(parts[0]):]
	for _, p := range parts[1:] {
		i := strings.Index(rest, p)
		if i < 0 {
			return false
		}
		rest = rest[i+len(p):]
	}
	return !anchored || rest == "" || strings.HasSuffix(pattern, "*")
}
