package leadroutetest_test

import (
	"testing"

	"github.com/leadroute/leadroute/leadroutetest"
	"github.com/leadroute/leadroute/store"
)

func TestMemoryState(t *testing.T) {
	leadroutetest.TestState(t, func() store.State { return store.NewMemory(store.MemoryOptions{}) })
}

func TestMemoryGuarantees(t *testing.T) {
	leadroutetest.TestGuarantees(t, func() store.State { return store.NewMemory(store.MemoryOptions{}) })
}
