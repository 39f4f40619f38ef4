package settings

import (
	"reflect"
	"testing"
)

// TestFromYAML: the YAML form decodes as the plugin's settings do, lists
// and numbers as flag values, and strictly.
func TestFromYAML(t *testing.T) {
	s, err := FromYAML([]byte("# shared\nenable: [wwwauth]\ndisable:\n  - location\nunknowncode:\n  allow: [499, 520]\n"))
	if err != nil {
		t.Fatal(err)
	}
	want := Settings{
		Enable:  []string{"wwwauth"},
		Disable: []string{"location"},
		Options: map[string][]Option{"unknowncode": {{"allow", "499,520"}}},
	}
	if !reflect.DeepEqual(s, want) {
		t.Errorf("got %+v, want %+v", s, want)
	}
	if s, err := FromYAML([]byte("# nothing yet\n")); err != nil || !reflect.DeepEqual(s, Settings{}) {
		t.Errorf("an empty file: %+v, %v; want no settings", s, err)
	}
	for _, tc := range []struct{ yaml, want string }{
		{"unknowncode:\n  alow: 499\n", `unknowncode: unknown option "alow"; its options are allow`},
		{"- wwwauth\n", "want a map of enable, disable and check options, got a list"},
		{"enable: wwwauth\n", `enable: want a list of check names (` + CheckNames() + `), got the string "wwwauth"`},
	} {
		if _, err := FromYAML([]byte(tc.yaml)); err == nil || err.Error() != tc.want {
			t.Errorf("%q: error %v, want %q", tc.yaml, err, tc.want)
		}
	}
}
