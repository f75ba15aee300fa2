package binenc

import (
	"testing"
)

// TestRoundTrip: what the Append functions write reads back, sealed.
func TestRoundTrip(t *testing.T) {
	b := []byte("MAGC")
	b = AppendUint(b, 300)
	b = AppendString(b, "Genève talks")
	b = AppendBool(b, true)
	b = AppendString(b, "")
	r, err := Open(Seal(b), "MAGC")
	if err != nil {
		t.Fatal(err)
	}
	if n, s, v, e := r.Uint(), r.String(), r.Bool(), r.String(); n != 300 || s != "Genève talks" || !v || e != "" || r.Done() != nil {
		t.Errorf("read back %d %q %v %q %v", n, s, v, e, r.Done())
	}
}

// TestDamageIsAnError: a wrong magic, a changed byte or data cut short
// are errors; so are counts past the end and reading on after an error,
// which returns zeros.
func TestDamageIsAnError(t *testing.T) {
	sealed := Seal(AppendString([]byte("MAGC"), "text"))
	if _, err := Open(sealed, "MAGX"); err == nil {
		t.Error("another magic opened")
	}
	for i := range sealed {
		bad := append([]byte(nil), sealed...)
		bad[i] ^= 1
		if _, err := Open(bad, "MAGC"); err == nil {
			t.Errorf("byte %d changed: opened", i)
		}
	}
	for n := range len(sealed) {
		if _, err := Open(sealed[:n], "MAGC"); err == nil {
			t.Errorf("cut to %d bytes: opened", n)
		}
	}
	r := NewReader(string(AppendUint(nil, 50)) + "short")
	if s := r.String(); s != "" || r.Err() == nil || r.Uint() != 0 || r.Bool() || r.Done() == nil {
		t.Error("a length past the end was read")
	}
	if r := NewReader("\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\x01"); r.Uint() != 0 || r.Err() == nil {
		t.Error("an overlong varint was read")
	}
	if r := NewReader("\x02"); r.Bool() || r.Err() == nil {
		t.Error("a bool byte of 2 was read")
	}
}
