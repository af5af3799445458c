package leadroute_test

import (
	"encoding/json"
	"fmt"

	"github.com/leadroute/leadroute"
)

// A lead as a CRM sends it: numbers as strings, "zip" for postal_code,
// custom fields at the top level. It reads into the Lead fields and Attrs,
// and marshals to the canonical form.
func ExampleLead_UnmarshalJSON() {
	in := `{"id":"L1","Email":"jo@acme.com","zip":"94105","employees":"1,250","created_at":1772445600,"plan":"pro"}`
	var l leadroute.Lead
	if err := json.Unmarshal([]byte(in), &l); err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(l.PostalCode, l.Employees, l.CreatedAt, l.Attrs["plan"])
	out, _ := json.Marshal(l)
	fmt.Println(string(out))

	err := json.Unmarshal([]byte(`{"employees":"many"}`), &l)
	fmt.Println(err)
	// Output:
	// 94105 1250 2026-03-02 10:00:00 +0000 UTC pro
	// {"id":"L1","email":"jo@acme.com","postal_code":"94105","employees":1250,"attrs":{"plan":"pro"},"created_at":"2026-03-02T10:00:00Z"}
	// employees: "many": not a whole number
}
