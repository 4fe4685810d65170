package postgres

import "testing"

func TestZoneShift(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name, from, to, want string
	}{
		{name: "timestamp to timestamptz", from: "timestamp without time zone", to: "timestamp with time zone", want: "to tz"},
		{name: "with precision", from: "timestamp(3) with time zone", to: "timestamp(6) without time zone", want: "from tz"},
		{name: "same zone kind", from: "timestamp(3) without time zone", to: "timestamp without time zone", want: ""},
		{name: "date", from: "date", to: "timestamp with time zone", want: ""},
		{name: "time with time zone", from: "time without time zone", to: "time with time zone", want: ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			if got := zoneShift(tt.from, tt.to); got != tt.want {
				t.Errorf("zoneShift(%q, %q) = %q, want %q", tt.from, tt.to, got, tt.want)
			}
		})
	}
}
