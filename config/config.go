package config

import (
	"crypto/sha256"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"path"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"

	"github.com/leadroute/leadroute"
	"github.com/leadroute/leadroute/accounts"
)

// Config is a compiled, validated rules file: reps, rules (with their
// matchers and strategies built), accounts and the fallback queue.
//
// A Config is immutable once Load or Parse has returned it and is safe for
// concurrent use; its matchers and strategies hold no mutable state (the
// router's store.State does), so one Config may configure several routers.
type Config struct {
	file     string
	hash     [32]byte
	spec     *fileSpec
	compiled *compiled
}

// Load reads, validates and compiles the rules file at path. The format is
// chosen by the extension (".json" is JSON, anything else YAML), and an
// accounts CSV named in the file is read relative to the file's directory.
// Both must be regular files: a named pipe, a device (/dev/stdin) or a
// directory is refused before it is opened, so Load never waits for a
// writer.
//
// On error Load returns an *Errors listing every problem found, each with
// the file name, line and path ("rules.yaml:14: rules[3].match.countri:
// unknown field (did you mean "country"?)"); it wraps
// leadroute.ErrInvalidConfig. Errors reading the file itself (not found,
// too large) are returned as they are.
//
// Hostile input is bounded (see "Limits" in FORMAT.md): the file is at most
// [MaxFileSize] bytes, and a document of more than 131072 values (for YAML,
// estimated from its line breaks and punctuation before it is parsed, so
// that ignored "x-" keys cost no more than others) is refused with an
// error naming the limit, which keeps the memory parsing takes to some
// 64 MiB at worst.
//
// Load is safe for concurrent use.
func Load(path string) (*Config, error) {
	data, err := readCapped(path)
	if err != nil {
		return nil, err
	}
	return parse(data, FormatOf(path), path, dirOf(path))
}

// LoadFS is [Load] for the rules file name inside fsys (an embed.FS, an
// fstest.MapFS, os.DirFS): name is slash-separated, as io/fs wants, and an
// accounts CSV named in the file is read from fsys, relative to the rules
// file's directory (it must not leave fsys: an absolute path or one
// climbing above the root is an error). Errors and limits are as for Load,
// with name as the file name.
//
// LoadFS is safe for concurrent use if fsys is.
func LoadFS(fsys fs.FS, name string) (*Config, error) {
	data, err := readCappedFS(fsys, name)
	if err != nil {
		return nil, err
	}
	return parse(data, FormatOf(name), name, source{fsys: fsys, dir: path.Dir(name)})
}

// ParseReader is [Parse] for a document read from r: it reads r to its
// end, at most [MaxFileSize] bytes (a longer document is refused as Parse
// refuses it). An error reading r is returned as it is.
func ParseReader(r io.Reader, format Format) (*Config, error) {
	data, err := io.ReadAll(io.LimitReader(r, MaxFileSize+1))
	if err != nil {
		return nil, err
	}
	return Parse(data, format)
}

// Parse validates and compiles a rules document held in memory. Having no
// file, it reads an accounts CSV named in it relative to the current
// directory; use [Load] or [LoadFS] to read it next to the rules file.
// Errors are reported as by Load, without a file name, and the same limits
// apply.
//
// Parse is safe for concurrent use and never panics, whatever data holds.
func Parse(data []byte, format Format) (*Config, error) {
	return parse(data, format, "", source{dir: "."})
}

func parse(data []byte, format Format, file string, dir source) (cfg *Config, err error) {
	d := newDecoder(file)
	if len(data) > MaxFileSize {
		d.add(&Error{Msg: fmt.Sprintf("file larger than %d bytes", MaxFileSize)})
		return nil, &Errors{List: d.errs}
	}
	var perr *Error
	root := new(fileSpec)
	switch format {
	case YAML:
		n, e := parseYAML(data)
		perr = e
		if e == nil {
			root, perr = d.run(func() *fileSpec { return d.decodeFile(n) })
		}
	case JSON:
		n, e := parseJSON(data)
		perr = e
		if e == nil {
			root, perr = d.run(func() *fileSpec { return d.decodeFile(n) })
		}
	default:
		return nil, fmt.Errorf("config: unknown format %v", format)
	}
	if perr != nil {
		perr.File = file
		return nil, &Errors{List: []*Error{perr}}
	}
	var comp *compiled
	if len(d.errs) < maxErrors {
		func() {
			defer func() {
				if r := recover(); r != nil {
					if _, ok := r.(bailout); !ok {
						panic(r)
					}
				}
			}()
			comp = d.compile(root, dir)
		}()
	}
	if len(d.errs) > 0 {
		sortErrors(d.errs)
		return nil, &Errors{List: d.errs}
	}
	cfg = &Config{file: file, hash: sha256.Sum256(data), spec: root, compiled: comp}
	// A trial build catches anything the router itself rejects (a
	// strategy's Bind failing on a pool, say), placed at the rule or rep.
	if _, err := leadroute.New(cfg.Options()...); err != nil {
		d.routerErrors(root, err)
		return nil, &Errors{List: d.errs}
	}
	return cfg, nil
}

// run calls fn, turning a bailout (too many errors or nodes) into an
// early return with the errors collected so far.
func (d *decoder) run(fn func() *fileSpec) (f *fileSpec, perr *Error) {
	defer func() {
		if r := recover(); r != nil {
			if _, ok := r.(bailout); !ok {
				panic(r)
			}
			f = new(fileSpec)
		}
	}()
	return fn(), nil
}

func sortErrors(errs []*Error) {
	slices.SortStableFunc(errs, func(a, b *Error) int {
		if a.Line == 0 || b.Line == 0 {
			return 0
		}
		if a.Line != b.Line {
			return a.Line - b.Line
		}
		return a.Column - b.Column
	})
}

// splitJoined returns the errors joined in err (errors.Join), or err alone.
func splitJoined(err error) []error {
	if j, ok := err.(interface{ Unwrap() []error }); ok {
		return j.Unwrap()
	}
	return []error{err}
}

var routerPathRE = regexp.MustCompile(`^(reps|rules)\[(\d+)\]`)

// routerErrors places errors from leadroute.New at the rep or rule they
// name.
func (d *decoder) routerErrors(f *fileSpec, err error) {
	for _, e := range splitJoined(err) {
		if e == leadroute.ErrInvalidConfig {
			continue
		}
		var ce *leadroute.ConfigError
		p := pos{}
		msg := e.Error()
		if errors.As(e, &ce) {
			msg = ce.Err.Error()
			p.path = ce.Path
			if m := routerPathRE.FindStringSubmatch(ce.Path); m != nil {
				i, _ := strconv.Atoi(m[2])
				switch {
				case m[1] == "reps" && i < len(f.reps):
					p = f.reps[i].pos
				case m[1] == "rules" && i < len(f.rules):
					p = f.rules[i].pos
				}
				p.path = ce.Path
			}
		}
		d.errs = append(d.errs, &Error{File: d.file, Path: p.path, Line: p.line, Column: p.col, Msg: msg, Err: e})
	}
}

// Options returns the router options that apply this configuration:
// leadroute.WithReps, WithRules and WithFallbackQueue. Pass them to
// leadroute.New (with options of your own, such as a clock or a state
// store), or to Router.Reload. Each call returns a new slice.
func (c *Config) Options() []leadroute.Option {
	return []leadroute.Option{
		leadroute.WithReps(c.compiled.reps...),
		leadroute.WithRules(c.compiled.rules...),
		leadroute.WithFallbackQueue(c.compiled.fallback),
	}
}

// Build returns a new Router configured by c, with opts (a clock, a
// state store, a seed...) applied after c's own options.
func (c *Config) Build(opts ...leadroute.Option) (*leadroute.Router, error) {
	return leadroute.New(append(c.Options(), opts...)...)
}

// File returns the file name given to Load ("" for Parse).
func (c *Config) File() string { return c.file }

// Hash returns the SHA-256 of the document the Config was compiled from.
func (c *Config) Hash() [32]byte { return c.hash }

// Rules returns the compiled rules in order. The slice is a copy; the
// matchers and strategies in it are shared, immutable and safe for
// concurrent use.
func (c *Config) Rules() []leadroute.Rule { return slices.Clone(c.compiled.rules) }

// Reps returns a copy of the reps.
func (c *Config) Reps() []leadroute.Rep { return slices.Clone(c.compiled.reps) }

// Fallback returns the fallback queue's name.
func (c *Config) Fallback() string { return c.compiled.fallback }

// Accounts returns the account book (nil when the file has no accounts).
func (c *Config) Accounts() *accounts.Book { return c.compiled.book }

func dirOf(path string) source { return source{dir: filepath.Dir(path)} }
