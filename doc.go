// Package leadroute routes incoming sales leads to the right rep or queue,
// inline and in microseconds.
//
// A [Router] holds ordered [Rule]s. Each rule has a [Matcher] (which leads it
// applies to), a pool of [Rep]s and a [Strategy] (who in the pool gets the
// lead). Route tries the rules in order; the first rule that matches and
// yields an eligible rep decides. A rule whose pool has nobody eligible
// overflows to its own queue or to the next rule, and a lead no rule decides
// goes to the fallback queue: every Route ends with a rep, a queue, or an
// error, never nothing.
package leadroute
