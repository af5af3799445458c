//go:build !race

package strategies_test

const raceOn = false
