package config

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestInvalidText: bytes that are not UTF-8, and characters YAML does not
// allow, are errors naming their line and column (in characters), in YAML
// and in JSON (where encoding/json would have made them U+FFFD).
func TestInvalidText(t *testing.T) {
	tests := []struct {
		name      string
		format    Format
		doc       string
		line, col int
		msg       string
	}{
		{"yaml: bad leading byte", YAML, "version: 1\nfallback: q\xff\n", 2, 12, "yaml: invalid UTF-8 (byte 0xFF)"},
		{"yaml: truncated sequence", YAML, "version: 1\nfallback: \xc3\n", 2, 11, "yaml: invalid UTF-8 (byte 0xC3)"},
		{"yaml: surrogate", YAML, "version: 1\nfallback: \"\xed\xa0\x80\"\n", 2, 12, "yaml: invalid UTF-8 (byte 0xED)"},
		{"yaml: in a comment", YAML, "version: 1\n\n# caf\xe9\n", 3, 6, "yaml: invalid UTF-8 (byte 0xE9)"},
		{"yaml: column counts characters", YAML, "fallback: \"caf\u00e9 \u00fcber \x80\"\n", 1, 22, "yaml: invalid UTF-8 (byte 0x80)"},
		{"yaml: control character", YAML, "version: 1\nfallback: x\x01\n", 2, 12, "yaml: control character U+0001 is not allowed"},
		{"yaml: NUL", YAML, "version: 1\n\x00", 2, 1, "yaml: control character U+0000 is not allowed"},
		{"yaml: DEL", YAML, "fallback: a\x7f", 1, 12, "yaml: control character U+007F is not allowed"},
		{"yaml: C1 control", YAML, "fallback: a\u0090", 1, 12, "yaml: control character U+0090 is not allowed"},
		{"yaml: U+FFFE", YAML, "fallback: a\ufffe", 1, 12, "yaml: control character U+FFFE is not allowed"},
		{"json: in a string", JSON, "{\"version\": 1,\n \"fallback\": \"q\xff\"}", 2, 16, "json: invalid UTF-8 (byte 0xFF)"},
		{"json: in a key", JSON, "{\n\n  \"\xc3(\": 1}", 3, 4, "json: invalid UTF-8 (byte 0xC3)"},
		{"json: surrogate", JSON, "{\"fallback\": \"\xed\xb0\x80\"}", 1, 15, "json: invalid UTF-8 (byte 0xED)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cfg, err := Parse([]byte(tt.doc), tt.format)
			require.Error(t, err)
			assert.Nil(t, cfg)
			e := firstError(t, err)
			assert.Equal(t, tt.line, e.Line, "line")
			assert.Equal(t, tt.col, e.Column, "column")
			assert.Contains(t, e.Msg, tt.msg)
		})
	}
}

// TestValidText: what YAML and JSON allow still loads.
func TestValidText(t *testing.T) {
	tests := []struct {
		name   string
		format Format
		doc    string
	}{
		{"yaml: BOM, tabs, CRLF, accents, astral, NEL", YAML, "\ufeffversion: 1\r\nfallback:\t\"caf\u00e9 \U0001F600 \u0085 \ufffd\"\r\n"},
		{"yaml: UTF-16", YAML, "\xff\xfev\x00e\x00r\x00s\x00i\x00o\x00n\x00:\x00 \x001\x00\n\x00"},
		{"json: accents, escapes, controls as escapes", JSON, "{\"version\": 1, \"fallback\": \"caf\u00e9 \\u0001 \U0001F600\"}"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Parse([]byte(tt.doc), tt.format)
			require.NoError(t, err)
		})
	}
}
