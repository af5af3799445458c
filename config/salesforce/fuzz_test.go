package salesforce_test

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"github.com/leadroute/leadroute/config"
	"github.com/leadroute/leadroute/config/salesforce"
)

// FuzzImport feeds arbitrary documents to Import: it must never panic or
// hang, and whatever it returns must load with config.Parse. (Import
// checks that itself and returns an error saying the rules "do not load";
// on inputs as small as the fuzzer's that is always a bug.)
func FuzzImport(f *testing.F) {
	files, _ := filepath.Glob("testdata/*.xml")
	for _, p := range files {
		data, err := os.ReadFile(p)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	f.Add([]byte(doc(entry(crit("State", "equals", `"a,b",""c`)) + `<ruleEntry><booleanFilter>NOT (1 OR</booleanFilter></ruleEntry>`)))
	f.Add([]byte(doc(`<ruleEntry><formula>AND(OR(NOT(ISBLANK(X__c)), CONTAINS(City, "a")), Seats__c &lt;= 3)</formula></ruleEntry>`)))
	users := map[string]string{"u": "rep-u"}
	f.Fuzz(func(t *testing.T, data []byte) {
		res, err := salesforce.Import(bytes.NewReader(data), salesforce.Options{Users: users, DefaultOwner: salesforce.Assignee{Type: "User", Name: "u"}})
		if err != nil {
			if bytes.Contains([]byte(err.Error()), []byte("do not load")) {
				t.Fatal(err)
			}
			return
		}
		if _, err := config.Parse(res.YAML, config.YAML); err != nil {
			t.Fatalf("output does not load: %v\n%s", err, res.YAML)
		}
		if res.Complete() != (len(res.Problems) == 0) {
			t.Fatal("Complete disagrees with Problems")
		}
	})
}
