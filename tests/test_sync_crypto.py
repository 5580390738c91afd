"""Bundle encryption (planner/sync/crypto.py): libsodium's scrypt and
XChaCha20-Poly1305 in the STREAM layout; bundles of the AES-GCM format that
versions before 0.2 wrote are still read."""

import io
from pathlib import Path

import pytest
from hypothesis import given, settings, strategies as st

from planner.sync import crypto
from planner.sync.errors import BundleError

DATA = Path(__file__).parent / "data" / "sync"


def test_scrypt_matches_the_rfc_7914_test_vector():
    key = crypto.derive_key("password", b"NaCl", log_n=10, r=8, p=16, length=64)
    assert key.hex() == (
        "fdbabe1c9d3472007856e7190d01e9fe7c6ad7cbc8237830e77376634b373162"
        "2eaf30d92e22a3886ff109279d9830dac727afb94a83ee6d8360cbdfa2cc0640")


def test_a_bundle_encrypted_by_the_aes_gcm_version_still_opens(tmp_path):
    # tests/data/sync/aes_gcm_v1.enc was written by the cryptography-based code of 0.1
    out = io.BytesIO()
    crypto.decrypt_file(DATA / "aes_gcm_v1.enc", out, "团队口令 team")
    assert out.getvalue() == ("客户计划 account plan line\n" * 3).encode()
    with pytest.raises(BundleError, match="wrong passphrase"):
        crypto.decrypt_file(DATA / "aes_gcm_v1.enc", io.BytesIO(), "团队口令")


def _roundtrip(tmp_path, data: bytes, magic=crypto.MAGIC) -> Path:
    plain = tmp_path / "plain"
    plain.write_bytes(data)
    enc = tmp_path / "enc"
    with open(enc, "wb") as fh:
        crypto.encrypt_file(plain, fh, "pw 口令", magic=magic)
    return enc


@pytest.mark.parametrize("size", [0, 1, crypto.CHUNK - 1, crypto.CHUNK, crypto.CHUNK + 1, 2 * crypto.CHUNK])
def test_roundtrip_at_chunk_edges(tmp_path, size):
    data = bytes(range(256)) * (size // 256) + b"x" * (size % 256)
    enc = _roundtrip(tmp_path, data)
    assert crypto.is_encrypted(enc)
    assert enc.read_bytes()[:8] == b"KAPBENC2"
    assert size < 64 or data[:4096] not in enc.read_bytes()  # (a byte or two may occur by chance)
    out = io.BytesIO()
    crypto.decrypt_file(enc, out, "pw 口令")
    assert out.getvalue() == data


def test_dropping_the_last_chunk_is_detected(tmp_path):
    enc = _roundtrip(tmp_path, b"a" * (crypto.CHUNK + 10))
    raw = enc.read_bytes()
    first = 46 + 4 + crypto.CHUNK + crypto.TAG  # header, length, first sealed chunk
    enc.write_bytes(raw[:first])
    with pytest.raises(BundleError, match="truncated"):
        crypto.decrypt_file(enc, io.BytesIO(), "pw 口令")


@settings(max_examples=40, deadline=None)
@given(st.binary(min_size=1, max_size=300), st.data())
def test_any_flipped_byte_is_refused(data, draw):
    import tempfile
    with tempfile.TemporaryDirectory() as d:
        enc = _roundtrip(Path(d), data)
        raw = bytearray(enc.read_bytes())
        at = draw.draw(st.integers(0, len(raw) - 1))
        raw[at] ^= draw.draw(st.integers(1, 255))
        enc.write_bytes(bytes(raw))
        with pytest.raises(BundleError):
            crypto.decrypt_file(enc, io.BytesIO(), "pw 口令")
