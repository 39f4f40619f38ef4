package respflow

// AnswersProbe reports whether a Status event of the function answers a
// health, readiness or liveness probe (see probe.go): the function is
// registered at a probe path or named for one, or the event sits in a
// branch chosen by a health state in a handler that reads nothing else.
func (f *Func) AnswersProbe(ev *Event) bool {
	p := f.probe
	if p == nil {
		return false
	}
	if p.known {
		return true
	}
	for _, r := range p.health {
		if r[0] <= ev.Pos && ev.Pos < r[1] {
			return true
		}
	}
	return false
}
