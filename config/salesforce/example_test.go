package salesforce_test

import (
	"fmt"
	"os"
	"strings"

	"github.com/leadroute/leadroute/config/salesforce"
)

func ExampleImport() {
	metadata := `<?xml version="1.0" encoding="UTF-8"?>
<AssignmentRules xmlns="http://soap.sforce.com/2006/04/metadata">
    <assignmentRule>
        <fullName>Standard</fullName>
        <active>true</active>
        <ruleEntry>
            <assignedTo>jane@acme.com</assignedTo>
            <assignedToType>User</assignedToType>
            <criteriaItems>
                <field>Lead.Country</field>
                <operation>equals</operation>
                <value>US,CA</value>
            </criteriaItems>
            <criteriaItems>
                <field>Lead.Rating</field>
                <operation>notEqual</operation>
                <value>Cold</value>
            </criteriaItems>
        </ruleEntry>
        <ruleEntry>
            <assignedTo>Nearby</assignedTo>
            <assignedToType>Queue</assignedToType>
            <criteriaItems>
                <field>Lead.Location__c</field>
                <operation>within</operation>
                <value>37.77,-122.41,50</value>
            </criteriaItems>
        </ruleEntry>
    </assignmentRule>
</AssignmentRules>`
	res, err := salesforce.Import(strings.NewReader(metadata), salesforce.Options{
		Users:        map[string]string{"jane@acme.com": "jane"},
		DefaultOwner: salesforce.Assignee{Type: "Queue", Name: "Triage"},
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	os.Stdout.Write(res.YAML)
	fmt.Println("complete:", res.Complete())
	for _, p := range res.Problems {
		fmt.Println(p)
	}
	// Output:
	// # Imported from Salesforce lead assignment rules (leadroute import salesforce).
	// # Rules are tried in order; the first that matches decides, as in Salesforce.
	// # INCOMPLETE: 1 problem(s); entries marked "left out" below are missing.
	// #   23:13: assignmentRule[0].ruleEntry[1].criteriaItems[0]: operation within (geolocation distance) does not translate: leads have no location
	// version: 1
	// fallback: 'Triage'
	// reps:
	//   - id: 'jane'
	// rules:
	//   - name: 'Standard entry 1'
	//     match:
	//       country: ['US', 'CA']
	//     when: 'lower(Attrs["Rating"] ?? "") != "cold"'
	//     pool: 'jane'
	//
	//   # left out: "Standard entry 2" (ruleEntry at line 20):
	//   #   line 23:13: operation within (geolocation distance) does not translate: leads have no location
	// complete: false
	// 23:13: assignmentRule[0].ruleEntry[1].criteriaItems[0]: operation within (geolocation distance) does not translate: leads have no location
}
