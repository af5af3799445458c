package main

import (
	"fmt"
	"io"
	"runtime"
	"runtime/debug"
)

// versionInfo is what version prints: where the binary came from.
type versionInfo struct {
	Module   string `json:"module"`
	Version  string `json:"version"`
	Revision string `json:"revision,omitempty"`
	Time     string `json:"time,omitempty"`
	Modified bool   `json:"modified,omitempty"`
	Go       string `json:"go"`
	Platform string `json:"platform"`
}

// buildVersion reads the version from build information: the module
// version ("(devel)" when built from a checkout), and the VCS revision,
// commit time and modified flag that go build stamps when it has them.
// With no build information it reports an unknown version.
func buildVersion(bi *debug.BuildInfo, ok bool) versionInfo {
	v := versionInfo{Module: "github.com/leadroute/leadroute", Version: "unknown", Go: runtime.Version(), Platform: runtime.GOOS + "/" + runtime.GOARCH}
	if !ok || bi == nil {
		return v
	}
	if bi.Main.Path != "" {
		v.Module = bi.Main.Path
	}
	if bi.Main.Version != "" {
		v.Version = bi.Main.Version
	}
	if bi.GoVersion != "" {
		v.Go = bi.GoVersion
	}
	for _, s := range bi.Settings {
		switch s.Key {
		case "vcs.revision":
			v.Revision = s.Value
		case "vcs.time":
			v.Time = s.Value
		case "vcs.modified":
			v.Modified = s.Value == "true"
		}
	}
	return v
}

// writeText prints the version on one line, e.g.
// "leadroute v0.4.0 (rev 1a2b3c4d5e6f, 2026-11-30T10:00:00Z, modified) go1.26.0 linux/amd64".
func (v versionInfo) writeText(w io.Writer) error {
	extra := ""
	if v.Revision != "" {
		rev := v.Revision
		if len(rev) > 12 {
			rev = rev[:12]
		}
		extra = "rev " + rev
	}
	if v.Time != "" {
		extra = joinComma(extra, v.Time)
	}
	if v.Modified {
		extra = joinComma(extra, "modified")
	}
	if extra != "" {
		extra = " (" + extra + ")"
	}
	_, err := fmt.Fprintf(w, "leadroute %s%s %s %s\n", v.Version, extra, v.Go, v.Platform)
	return err
}

// joinComma joins two phrases with ", ", either of which may be empty.
func joinComma(a, b string) string {
	if a == "" {
		return b
	}
	return a + ", " + b
}

func cmdVersion(e *env, args []string) int {
	fs := newFlags(e, "version", "[--json]\n\nPrints the version of leadroute from the build information: the module\nversion (a tag such as v0.4.0 when installed with go install ...@version,\n(devel) when built from a checkout), the VCS revision and commit time when\nthe build recorded them, the Go version and the platform.")
	asJSON := fs.Bool("json", false, "print the version as a JSON object")
	if _, err := fs.parse(args, 0); err != nil {
		return parseExit(err)
	}
	v := buildVersion(debug.ReadBuildInfo())
	var err error
	if *asJSON {
		err = writeJSON(e, v)
	} else {
		err = v.writeText(e.stdout)
	}
	if err != nil {
		printErr(e, "version", err)
		return exitFail
	}
	return exitOK
}
