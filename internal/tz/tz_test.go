package tz

import (
	"errors"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestLoad(t *testing.T) {
	loc, err := Load("Europe/Paris")
	require.NoError(t, err)
	assert.Equal(t, "Europe/Paris", loc.String())

	_, err = Load("Europe/Pariss")
	assert.EqualError(t, err, `unknown time zone "Europe/Pariss"`)
	assert.NotErrorIs(t, err, ErrNoDatabase)
}

// Without a database every zone but UTC fails to load; the error must say
// so instead of blaming the name. (The real database cannot be hidden from
// a test process: time falls back to /usr/share/zoneinfo whatever ZONEINFO
// says, so the loader is replaced by one that has no zones.)
func TestLoadWithoutDatabase(t *testing.T) {
	none := func(name string) (*time.Location, error) {
		if name == "UTC" {
			return time.UTC, nil
		}
		return nil, errors.New("unknown time zone " + name)
	}
	_, err := load("Europe/Paris", none)
	require.ErrorIs(t, err, ErrNoDatabase)
	assert.EqualError(t, err, `time zone "Europe/Paris" cannot be loaded: this system has no time zone database: install tzdata, or build with import _ "time/tzdata"`)

	// A database that lacks only the asked zone: the name is at fault.
	some := func(name string) (*time.Location, error) {
		if name == probe {
			return time.UTC, nil
		}
		return nil, errors.New("unknown time zone " + name)
	}
	_, err = load("Europe/Pariss", some)
	assert.EqualError(t, err, `unknown time zone "Europe/Pariss"`)
}

func TestLoadCaches(t *testing.T) {
	a, err := Load("Asia/Kathmandu")
	require.NoError(t, err)
	b, err := Load("Asia/Kathmandu")
	require.NoError(t, err)
	assert.Same(t, a, b, "a zone is loaded once")
	_, err = Load("Asia/Katmandu ")
	require.Error(t, err)
	_, ok := cached("Asia/Katmandu ")
	assert.False(t, ok, "failures are not kept")
	assert.Zero(t, testing.AllocsPerRun(10, func() { _, _ = Load("Asia/Kathmandu") }))
}
