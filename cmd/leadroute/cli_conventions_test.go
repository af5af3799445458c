package main

import (
	"bytes"
	"encoding/json"
	"runtime/debug"
	"sort"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestHelpToStdout: help asked for goes to stdout with status 0, for every
// command and both spellings; a usage error goes to stderr with status 2.
func TestHelpToStdout(t *testing.T) {
	names := make([]string, 0, len(commands))
	for name := range commands {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		for _, args := range [][]string{{name, "-h"}, {name, "--help"}, {"help", name}} {
			t.Run(strings.Join(args, " "), func(t *testing.T) {
				r := runIn(args...)
				assert.Equal(t, exitOK, r.code)
				assert.Contains(t, r.stdout, "usage: leadroute "+name+" ")
				assert.Empty(t, r.stderr)
			})
		}
		t.Run(name+" --bogus", func(t *testing.T) {
			r := runIn(name, "--bogus")
			assert.Equal(t, exitUsage, r.code)
			assert.Empty(t, r.stdout)
			assert.Contains(t, r.stderr, "flag provided but not defined: -bogus")
			assert.Contains(t, r.stderr, "usage: leadroute "+name+" ")
		})
	}
	for _, tc := range []struct {
		args   []string
		code   int
		stdout string
		stderr string
	}{
		{[]string{"help"}, exitOK, "Commands:", ""},
		{[]string{"--help"}, exitOK, "Commands:", ""},
		{[]string{"help", "frobnicate"}, exitUsage, "", `leadroute help: unknown command "frobnicate"`},
		{[]string{"help", "lint", "route"}, exitUsage, "", "want one command"},
		{[]string{"validate"}, exitUsage, "", "leadroute validate: missing 1 file argument"},
		{[]string{"test", "a.yaml"}, exitUsage, "", "leadroute test: missing 1 file argument"},
		{[]string{"import", "hubspot", "x"}, exitUsage, "", `leadroute import: unknown source "hubspot"`},
	} {
		t.Run(strings.Join(tc.args, " "), func(t *testing.T) {
			r := runIn(tc.args...)
			assert.Equal(t, tc.code, r.code)
			if tc.stdout == "" {
				assert.Empty(t, r.stdout)
			} else {
				assert.Contains(t, r.stdout, tc.stdout)
			}
			if tc.stderr == "" {
				assert.Empty(t, r.stderr)
			} else {
				assert.Contains(t, r.stderr, tc.stderr)
			}
		})
	}
}

// TestDemoGenerateFlag: demo's deprecated --leads works, warns, and is not in
// the help.
func TestDemoGenerateFlag(t *testing.T) {
	r := runIn("demo", "-h")
	assert.Contains(t, r.stdout, "-generate int")
	assert.NotContains(t, r.stdout, "-leads")

	for _, tc := range []struct {
		name   string
		args   []string
		code   int
		stdout string
		stderr string
	}{
		{"generate", []string{"--generate", "40", "--show", "2"}, exitOK, "The simulation of all 40 leads", ""},
		{"one lead", []string{"--generate", "1", "--show", "1"}, exitOK, "1 of 1 lead generated", ""},
		{"deprecated spelling", []string{"--leads", "40", "--show", "2"}, exitOK, "The simulation of all 40 leads", "--leads N is deprecated and will be removed: use --generate N"},
		{"both spellings", []string{"--leads", "40", "--generate", "40"}, exitUsage, "", "give --generate, not --leads"},
		{"not positive", []string{"--generate", "0"}, exitUsage, "", "--generate must be positive"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := runIn(append([]string{"demo"}, tc.args...)...)
			assert.Equal(t, tc.code, r.code, r.stderr)
			if tc.stdout != "" {
				assert.Contains(t, r.stdout, tc.stdout)
			}
			if tc.stderr == "" {
				assert.Empty(t, r.stderr)
			} else {
				assert.Contains(t, r.stderr, tc.stderr)
			}
		})
	}
}

func TestBuildVersion(t *testing.T) {
	stamped := &debug.BuildInfo{
		GoVersion: "go1.26.1",
		Main:      debug.Module{Path: "github.com/leadroute/leadroute", Version: "v0.4.0"},
		Settings: []debug.BuildSetting{
			{Key: "vcs", Value: "git"},
			{Key: "vcs.revision", Value: "1a2b3c4d5e6f7a8b9c0d1a2b3c4d5e6f7a8b9c0d"},
			{Key: "vcs.time", Value: "2026-11-30T10:00:00Z"},
			{Key: "vcs.modified", Value: "true"},
		},
	}
	for _, tc := range []struct {
		name string
		bi   *debug.BuildInfo
		ok   bool
		want string
	}{
		{"stamped", stamped, true, "leadroute v0.4.0 (rev 1a2b3c4d5e6f, 2026-11-30T10:00:00Z, modified) go1.26.1 "},
		{"devel without VCS", &debug.BuildInfo{GoVersion: "go1.26.1", Main: debug.Module{Path: "github.com/leadroute/leadroute", Version: "(devel)"}}, true, "leadroute (devel) go1.26.1 "},
		{"clean revision only", &debug.BuildInfo{GoVersion: "go1.26.2", Main: debug.Module{Version: "v1.0.0"}, Settings: []debug.BuildSetting{{Key: "vcs.revision", Value: "abc"}, {Key: "vcs.modified", Value: "false"}}}, true, "leadroute v1.0.0 (rev abc) go1.26.2 "},
		{"no build info", nil, false, "leadroute unknown go"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var b bytes.Buffer
			require.NoError(t, buildVersion(tc.bi, tc.ok).writeText(&b))
			assert.True(t, strings.HasPrefix(b.String(), tc.want), "got %q, want prefix %q", b.String(), tc.want)
		})
	}
	v := buildVersion(stamped, true)
	assert.Equal(t, versionInfo{Module: "github.com/leadroute/leadroute", Version: "v0.4.0", Revision: "1a2b3c4d5e6f7a8b9c0d1a2b3c4d5e6f7a8b9c0d",
		Time: "2026-11-30T10:00:00Z", Modified: true, Go: "go1.26.1", Platform: v.Platform}, v)
}

func TestVersionCommand(t *testing.T) {
	r := runIn("version")
	require.Equal(t, exitOK, r.code, r.stderr)
	assert.Regexp(t, `^leadroute \S+ .*go1\.\d+`, r.stdout)

	r = runIn("version", "--json")
	require.Equal(t, exitOK, r.code, r.stderr)
	var v versionInfo
	require.NoError(t, json.Unmarshal([]byte(r.stdout), &v))
	bi, ok := debug.ReadBuildInfo()
	require.True(t, ok)
	assert.Equal(t, bi.GoVersion, v.Go)
	assert.NotEmpty(t, v.Version)

	assert.Equal(t, exitUsage, runIn("version", "extra").code)
}
