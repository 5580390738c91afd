from hypothesis import given, strategies as st

from planner.sync.hlc import HybridClock, Stamp


def test_stamps_increase_even_when_wall_clock_goes_back():
    walls = iter([1000, 1000, 900, 900, 2000])
    clock = HybridClock("dev1", wall=lambda: next(walls))
    stamps = [clock.now() for _ in range(5)]
    assert stamps == sorted(stamps)
    assert len({s.encode() for s in stamps}) == 5
    assert [s.encode() for s in stamps] == sorted(s.encode() for s in stamps)


def test_edit_after_import_beats_remote_even_with_clock_ten_hours_behind():
    ten_hours = 10 * 3600 * 1000
    remote = HybridClock("remote", wall=lambda: 50_000_000 + ten_hours).now()
    local = HybridClock("local", wall=lambda: 50_000_000)
    local.observe(remote.encode())
    assert local.now().encode() > remote.encode()


def test_encode_decode_round_trip():
    s = Stamp(1_700_000_000_000, 42, "abc123")
    assert Stamp.decode(s.encode()) == s


@given(st.lists(st.integers(min_value=0, max_value=10**12), min_size=1, max_size=50),
       st.lists(st.integers(min_value=0, max_value=10**12), max_size=10))
def test_stamps_strictly_increase_as_strings(walls, observed):
    it = iter(walls)
    clock = HybridClock("d", wall=lambda: next(it, walls[-1]))
    seen = []
    for i, _ in enumerate(walls):
        if i < len(observed):
            clock.observe(Stamp(observed[i], 0, "x"))
            assert clock.now().encode() > Stamp(observed[i], 0, "x").encode()
            continue
        seen.append(clock.now().encode())
    assert seen == sorted(seen) and len(set(seen)) == len(seen)
