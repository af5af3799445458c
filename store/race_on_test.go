//go:build race

package store_test

// raceEnabled: heap figures under the race detector are not the real ones.
const raceEnabled = true
