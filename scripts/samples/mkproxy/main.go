// Command mkproxy writes a file:// GOPROXY from module source trees kept on disk.
//
// Usage:
//
//	cd scripts/samples/mkproxy && go build -o /tmp/mkproxy .   (its own module; standard library only)
//	/tmp/mkproxy -src DIR [-src DIR2 ...] -out PROXYDIR
//	GOPROXY=file://PROXYDIR GOSUMDB=off GOTOOLCHAIN=local go ...
//
// Each -src directory holds one tree per module version, named like the module cache:
// DIR/<module path>@<version>/..., for example
//
//	DIR/example.com/lib@v1.0.0/go.mod
//	DIR/example.com/lib@v1.0.0/lib.go
//	DIR/example.com/lib/v2@v2.0.0/go.mod      (module example.com/lib/v2)
//	DIR/example.com/old@v3.0.0+incompatible/old.go   (no go.mod: a synthesized one is served)
//
// For every version mkproxy writes PROXYDIR/<escaped path>/@v/<escaped version>.{info,mod,zip}:
//   - .mod is the tree's go.mod byte for byte, or "module <path>\n" when the tree has none;
//   - .zip holds every regular file of the tree under "<path>@<version>/", sorted, with a fixed
//     modification time, so the same sources always give the same bytes;
//   - .info is {"Version":...,"Time":...}. Time is, in order of preference: the line
//     "<path> <version> <RFC 3339 time>" in DIR/times.txt (optional; '#' starts a comment),
//     the timestamp inside a pseudo-version, or 2023-01-01T00:00:00Z plus one day per
//     tagged version below this one of the same module.
//
// @v/list names the tagged (non-pseudo) versions in semver order. A module that has only
// pseudo-versions gets an empty list and an @latest file with the highest one, like a real proxy.
//
// Checks, each a hard error: the version is canonical semver; the path's /vN suffix agrees with
// the major version; +incompatible only on a path without /vN, with major >= 2 and no go.mod in
// the tree; no symlinks; no nested go.mod. A go.mod whose module line names another path is
// allowed on purpose (a fork that keeps the original path, used through a replace).
// PROXYDIR must not exist or be empty. Nothing is fetched; module code is never run.
package main

import (
	"archive/zip"
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"time"
)

type srcList []string

func (s *srcList) String() string     { return strings.Join(*s, ",") }
func (s *srcList) Set(v string) error { *s = append(*s, v); return nil }

type modVersion struct {
	path, version string
	dir           string // source tree
	time          time.Time
}

var zipTime = time.Date(2023, 1, 1, 0, 0, 0, 0, time.UTC)

func main() {
	var srcs srcList
	flag.Var(&srcs, "src", "directory of <module path>@<version> trees (repeatable)")
	out := flag.String("out", "", "proxy directory to write (must not exist or be empty)")
	flag.Parse()
	if len(srcs) == 0 || *out == "" || flag.NArg() != 0 {
		fmt.Fprintln(os.Stderr, "usage: mkproxy -src DIR [-src DIR ...] -out PROXYDIR")
		os.Exit(2)
	}
	if err := run(srcs, *out); err != nil {
		fmt.Fprintln(os.Stderr, "mkproxy:", err)
		os.Exit(1)
	}
}

func run(srcs []string, out string) error {
	if ents, err := os.ReadDir(out); err == nil && len(ents) > 0 {
		return fmt.Errorf("%s is not empty", out)
	}
	byPath := map[string][]*modVersion{}
	seen := map[string]string{}
	for _, src := range srcs {
		times, err := readTimes(filepath.Join(src, "times.txt"))
		if err != nil {
			return err
		}
		mvs, err := discover(src)
		if err != nil {
			return err
		}
		for _, mv := range mvs {
			key := mv.path + "@" + mv.version
			if prev, ok := seen[key]; ok {
				return fmt.Errorf("%s defined twice: %s and %s", key, prev, mv.dir)
			}
			seen[key] = mv.dir
			if t, ok := times[key]; ok {
				mv.time = t
			}
			byPath[mv.path] = append(byPath[mv.path], mv)
		}
	}
	paths := make([]string, 0, len(byPath))
	for p := range byPath {
		paths = append(paths, p)
	}
	sort.Strings(paths)
	for _, p := range paths {
		if err := writeModule(out, p, byPath[p]); err != nil {
			return err
		}
	}
	return nil
}

// discover finds the <module path>@<version> directories under src.
func discover(src string) ([]*modVersion, error) {
	var mvs []*modVersion
	err := filepath.WalkDir(src, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if !d.IsDir() || !strings.Contains(d.Name(), "@") {
			return nil
		}
		rel, err := filepath.Rel(src, p)
		if err != nil {
			return err
		}
		rel = filepath.ToSlash(rel)
		i := strings.LastIndex(rel, "@")
		mv := &modVersion{path: rel[:i], version: rel[i+1:], dir: p}
		if err := check(mv); err != nil {
			return err
		}
		mvs = append(mvs, mv)
		return filepath.SkipDir
	})
	return mvs, err
}

var majorSuffix = regexp.MustCompile(`/v([0-9]+)$`)

func check(mv *modVersion) error {
	if err := checkPath(mv.path); err != nil {
		return fmt.Errorf("%s: %v", mv.dir, err)
	}
	v, ok := parseSemver(mv.version)
	if !ok || !v.canonical {
		return fmt.Errorf("%s: %q is not a canonical semantic version", mv.dir, mv.version)
	}
	incompatible := v.build == "+incompatible"
	if v.build != "" && !incompatible {
		return fmt.Errorf("%s: build metadata other than +incompatible", mv.dir)
	}
	if m := majorSuffix.FindStringSubmatch(mv.path); m != nil {
		if m[1] != v.major || incompatible || m[1] == "0" || m[1] == "1" || strings.HasPrefix(m[1], "0") {
			return fmt.Errorf("%s: version %s does not match path suffix /v%s", mv.dir, mv.version, m[1])
		}
	} else if v.major != "0" && v.major != "1" && !incompatible {
		return fmt.Errorf("%s: major version %s needs a /v%s path or +incompatible", mv.dir, v.major, v.major)
	} else if incompatible && (v.major == "0" || v.major == "1") {
		return fmt.Errorf("%s: +incompatible needs major version >= 2", mv.dir)
	}
	if _, err := os.Lstat(filepath.Join(mv.dir, "go.mod")); err == nil && incompatible {
		return fmt.Errorf("%s: +incompatible version must not have a go.mod", mv.dir)
	}
	return nil
}

func checkPath(p string) error {
	elems := strings.Split(p, "/")
	if !strings.Contains(elems[0], ".") {
		return fmt.Errorf("module path %q: first element must be a domain", p)
	}
	for _, e := range elems {
		if e == "" || strings.Trim(e, ".") == "" || e[0] == '.' || e[len(e)-1] == '.' {
			return fmt.Errorf("module path %q: bad element %q", p, e)
		}
		for _, r := range e {
			if !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || strings.ContainsRune("-._~", r)) {
				return fmt.Errorf("module path %q: bad character %q", p, r)
			}
		}
	}
	return nil
}

func writeModule(out, path string, mvs []*modVersion) error {
	sort.Slice(mvs, func(i, j int) bool { return compareSemver(mvs[i].version, mvs[j].version) < 0 })
	dir := filepath.Join(out, filepath.FromSlash(escape(path)), "@v")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	var list bytes.Buffer
	tagged := 0
	for _, mv := range mvs {
		if mv.time.IsZero() {
			if t, ok := pseudoTime(mv.version); ok {
				mv.time = t
			} else {
				mv.time = zipTime.AddDate(0, 0, tagged)
			}
		}
		if !isPseudo(mv.version) {
			tagged++
			list.WriteString(mv.version + "\n")
		}
		base := filepath.Join(dir, escape(mv.version))
		info, err := json.Marshal(struct{ Version, Time string }{mv.version, mv.time.UTC().Format(time.RFC3339)})
		if err != nil {
			return err
		}
		if err := os.WriteFile(base+".info", info, 0o644); err != nil {
			return err
		}
		gomod, err := os.ReadFile(filepath.Join(mv.dir, "go.mod"))
		if errors.Is(err, fs.ErrNotExist) {
			gomod = []byte("module " + path + "\n")
		} else if err != nil {
			return err
		}
		if err := os.WriteFile(base+".mod", gomod, 0o644); err != nil {
			return err
		}
		if err := writeZip(base+".zip", mv); err != nil {
			return err
		}
		if tagged == 0 && mv == mvs[len(mvs)-1] {
			if err := os.WriteFile(filepath.Join(out, filepath.FromSlash(escape(path)), "@latest"), info, 0o644); err != nil {
				return err
			}
		}
	}
	return os.WriteFile(filepath.Join(dir, "list"), list.Bytes(), 0o644)
}

func writeZip(name string, mv *modVersion) error {
	var files []string
	err := filepath.WalkDir(mv.dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.Type()&fs.ModeSymlink != 0 {
			return fmt.Errorf("%s: symlinks are not allowed", p)
		}
		if d.IsDir() || !d.Type().IsRegular() {
			return nil
		}
		rel, err := filepath.Rel(mv.dir, p)
		if err != nil {
			return err
		}
		rel = filepath.ToSlash(rel)
		if strings.HasSuffix(rel, "/go.mod") {
			return fmt.Errorf("%s: nested go.mod (a submodule) is not supported", p)
		}
		files = append(files, rel)
		return nil
	})
	if err != nil {
		return err
	}
	sort.Strings(files)
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, rel := range files {
		data, err := os.ReadFile(filepath.Join(mv.dir, filepath.FromSlash(rel)))
		if err != nil {
			return err
		}
		h := &zip.FileHeader{Name: mv.path + "@" + mv.version + "/" + rel, Method: zip.Deflate, Modified: zipTime}
		h.SetMode(0o644)
		w, err := zw.CreateHeader(h)
		if err != nil {
			return err
		}
		if _, err := w.Write(data); err != nil {
			return err
		}
	}
	if err := zw.Close(); err != nil {
		return err
	}
	return os.WriteFile(name, buf.Bytes(), 0o644)
}

// readTimes reads the optional times.txt: "<path> <version> <RFC 3339 time>" per line.
func readTimes(name string) (map[string]time.Time, error) {
	times := map[string]time.Time{}
	f, err := os.Open(name)
	if errors.Is(err, fs.ErrNotExist) {
		return times, nil
	} else if err != nil {
		return nil, err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		line, _, _ := strings.Cut(sc.Text(), "#")
		fields := strings.Fields(line)
		if len(fields) == 0 {
			continue
		}
		if len(fields) != 3 {
			return nil, fmt.Errorf("%s:%d: want <path> <version> <time>", name, n)
		}
		t, err := time.Parse(time.RFC3339, fields[2])
		if err != nil {
			return nil, fmt.Errorf("%s:%d: %v", name, n, err)
		}
		times[fields[0]+"@"+fields[1]] = t
	}
	return times, sc.Err()
}

// escape applies the module cache's case encoding: each upper-case letter becomes '!' + lower case.
func escape(s string) string {
	var b strings.Builder
	for _, r := range s {
		if r >= 'A' && r <= 'Z' {
			b.WriteByte('!')
			r += 'a' - 'A'
		}
		b.WriteRune(r)
	}
	return b.String()
}

var (
	pseudoRE      = regexp.MustCompile(`^v[0-9]+\.(0\.0-|\d+\.\d+-([^+]*\.)?0\.)\d{14}-[A-Za-z0-9]+(\+[0-9A-Za-z-]+(\.[0-9A-Za-z-]+)*)?$`)
	pseudoStampRE = regexp.MustCompile(`(\d{14})-[A-Za-z0-9]+(\+[0-9A-Za-z.-]+)?$`)
)

func isPseudo(v string) bool { return strings.Count(v, "-") >= 2 && pseudoRE.MatchString(v) }

func pseudoTime(v string) (time.Time, bool) {
	if !isPseudo(v) {
		return time.Time{}, false
	}
	m := pseudoStampRE.FindStringSubmatch(v)
	t, err := time.Parse("20060102150405", m[1])
	return t, err == nil
}

type semver struct {
	major, minor, patch string
	pre                 []string
	build               string
	canonical           bool
}

var semverRE = regexp.MustCompile(`^v(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)(-[0-9A-Za-z-]+(\.[0-9A-Za-z-]+)*)?(\+[0-9A-Za-z-]+(\.[0-9A-Za-z-]+)*)?$`)

// parseSemver accepts only the full vMAJOR.MINOR.PATCH form, which is all a proxy serves.
func parseSemver(v string) (semver, bool) {
	m := semverRE.FindStringSubmatch(v)
	if m == nil {
		return semver{}, false
	}
	s := semver{major: m[1], minor: m[2], patch: m[3], build: m[6], canonical: true}
	if m[4] != "" {
		s.pre = strings.Split(m[4][1:], ".")
		for _, id := range s.pre {
			if isNum(id) && len(id) > 1 && id[0] == '0' {
				return semver{}, false
			}
		}
	}
	return s, true
}

func isNum(s string) bool {
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return s != ""
}

func cmpNum(a, b string) int {
	if len(a) != len(b) {
		if len(a) < len(b) {
			return -1
		}
		return 1
	}
	return strings.Compare(a, b)
}

func compareSemver(a, b string) int {
	x, _ := parseSemver(a)
	y, _ := parseSemver(b)
	for _, c := range [][2]string{{x.major, y.major}, {x.minor, y.minor}, {x.patch, y.patch}} {
		if r := cmpNum(c[0], c[1]); r != 0 {
			return r
		}
	}
	switch {
	case len(x.pre) == 0 && len(y.pre) == 0:
		return strings.Compare(a, b) // equal precedence: keep a stable order
	case len(x.pre) == 0:
		return 1
	case len(y.pre) == 0:
		return -1
	}
	for i := 0; i < len(x.pre) && i < len(y.pre); i++ {
		p, q := x.pre[i], y.pre[i]
		if p == q {
			continue
		}
		switch np, nq := isNum(p), isNum(q); {
		case np && nq:
			return cmpNum(p, q)
		case np:
			return -1
		case nq:
			return 1
		default:
			return strings.Compare(p, q)
		}
	}
	return cmpNum(fmt.Sprint(len(x.pre)), fmt.Sprint(len(y.pre)))
}
