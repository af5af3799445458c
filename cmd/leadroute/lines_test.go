package main

import (
	"bufio"
	"errors"
	"io"
	"strings"
	"testing"
	"testing/iotest"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestLineReader(t *testing.T) {
	type line struct {
		text string // "" with long set: dropped
		size int
		long bool
	}
	a15 := strings.Repeat("a", 15)
	tests := []struct {
		name string
		in   string
		want []line
	}{
		{"empty", "", nil},
		{"lines", "ab\ncd\n\nef", []line{{"ab", 2, false}, {"cd", 2, false}, {"", 0, false}, {"ef", 2, false}}},
		{"CRLF", "ab\r\ncd\r\n\r\n", []line{{"ab", 2, false}, {"cd", 2, false}, {"", 0, false}}},
		{"lone CR kept", "a\rb\n", []line{{"a\rb", 3, false}}},
		{"CR at a buffer boundary", a15 + "\r\nb\n", []line{{a15, 15, false}, {"b", 1, false}}},
		{"exactly max", strings.Repeat("x", 20) + "\r\nb", []line{{strings.Repeat("x", 20), 20, false}, {"b", 1, false}}},
		{"one over max", strings.Repeat("x", 21) + "\nb\n", []line{{"", 21, true}, {"b", 1, false}}},
		{"far over max", strings.Repeat("x", 100) + "\r\n" + strings.Repeat("y", 50) + "\nc", []line{{"", 100, true}, {"", 50, true}, {"c", 1, false}}},
		{"long last line", "a\n" + strings.Repeat("x", 30), []line{{"a", 1, false}, {"", 30, true}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			// Buffers of 16 bytes, and a reader that returns one byte at a
			// time, so that lines span many chunks.
			lr := &lineReader{r: bufio.NewReaderSize(iotest.OneByteReader(strings.NewReader(tt.in)), 16), max: 20}
			var got []line
			for {
				b, size, err := lr.next()
				if err == io.EOF {
					break
				}
				require.NoError(t, err)
				got = append(got, line{string(b), size, b == nil && size > 0})
			}
			assert.Equal(t, tt.want, got)
		})
	}
}

func TestLineReaderError(t *testing.T) {
	boom := errors.New("boom")
	lr := &lineReader{r: bufio.NewReaderSize(io.MultiReader(strings.NewReader("a\nbc"), iotest.ErrReader(boom)), 16), max: 20}
	b, _, err := lr.next()
	require.NoError(t, err)
	assert.Equal(t, "a", string(b))
	_, _, err = lr.next()
	assert.ErrorIs(t, err, boom)
}
