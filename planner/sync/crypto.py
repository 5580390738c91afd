"""Passphrase encryption of bundles with libsodium (PyNaCl): scrypt key
derivation and XChaCha20-Poly1305 over fixed-size chunks (the STREAM
construction: each chunk's nonce holds its index and a last-chunk flag, so
reordering, truncation and tampering are all detected). Streams: memory stays
flat whatever the bundle size.

Bundles written before version 0.2 (magic ``KAPBENC1``) used AES-256-GCM with
the same layout; they are still read, through libsodium's AES-GCM, on any
processor with AES instructions (every laptop of the last decade)."""

from __future__ import annotations

import os
import struct
from pathlib import Path
from typing import BinaryIO, Callable

from nacl import bindings as sodium
from nacl.exceptions import CryptoError, UnavailableError

from planner.sync.errors import BundleError

MAGIC = b"KAPBENC2"
MAGIC_AES = b"KAPBENC1"
CHUNK = 1024 * 1024
TAG = 16
SCRYPT_LOG_N, SCRYPT_R, SCRYPT_P = 15, 8, 1
_SCRYPT_MAXMEM = 64 * 1024 * 1024  # 2**15 * 8 * 128 = 32 MiB, plus slack
_HEADERS = {
    MAGIC: struct.Struct(">8s16sBBB19s"),  # magic, salt, log2 n, r, p, nonce prefix (24 - 5)
    MAGIC_AES: struct.Struct(">8s16sBBB7s"),  # the same with a 12-byte nonce
}
Seal = Callable[[bytes, bytes, bytes], bytes]  # (data, nonce, header) -> data


def is_encrypted(path: Path) -> bool:
    with open(path, "rb") as fh:
        return fh.read(len(MAGIC)) in _HEADERS


def derive_key(passphrase: str, salt: bytes, log_n: int = SCRYPT_LOG_N,
               r: int = SCRYPT_R, p: int = SCRYPT_P, length: int = 32) -> bytes:
    """scrypt (RFC 7914), memory-hard: 32 MiB per guess at our parameters."""
    return sodium.crypto_pwhash_scryptsalsa208sha256_ll(
        passphrase.encode("utf-8"), salt, 2**log_n, r, p, dklen=length, maxmem=_SCRYPT_MAXMEM)


def _key(passphrase: str, salt: bytes, log_n: int, r: int, p: int) -> bytes:
    if not passphrase:
        raise BundleError("the passphrase is empty", "口令为空")
    if (log_n, r, p) != (SCRYPT_LOG_N, SCRYPT_R, SCRYPT_P):
        raise BundleError("the bundle's key parameters are not ours; the file was altered",
                          "文件的密钥参数不对，文件被改动过")
    return derive_key(passphrase, salt, log_n, r, p)


def _nonce(prefix: bytes, index: int, last: bool) -> bytes:
    return prefix + struct.pack(">I", index) + (b"\x01" if last else b"\x00")


def _ciphers(magic: bytes, key: bytes) -> tuple[Seal, Seal]:
    if magic == MAGIC:
        return (lambda data, nonce, aad: sodium.crypto_aead_xchacha20poly1305_ietf_encrypt(data, aad, nonce, key),
                lambda data, nonce, aad: sodium.crypto_aead_xchacha20poly1305_ietf_decrypt(data, aad, nonce, key))
    return (lambda data, nonce, aad: sodium.crypto_aead_aes256gcm_encrypt(data, aad, nonce, key),
            lambda data, nonce, aad: sodium.crypto_aead_aes256gcm_decrypt(data, aad, nonce, key))


def encrypt_file(source: Path, dest: BinaryIO, passphrase: str, *, magic: bytes = MAGIC) -> None:
    """``magic`` is for tests of the older format; the app always writes ``MAGIC``."""
    layout = _HEADERS[magic]
    salt, prefix = os.urandom(16), os.urandom(layout.size - 27)
    header = layout.pack(magic, salt, SCRYPT_LOG_N, SCRYPT_R, SCRYPT_P, prefix)
    seal, _ = _ciphers(magic, _key(passphrase, salt, SCRYPT_LOG_N, SCRYPT_R, SCRYPT_P))
    dest.write(header)
    size = source.stat().st_size
    with open(source, "rb") as fh:
        index, done = 0, 0
        while True:
            chunk = fh.read(CHUNK)
            done += len(chunk)
            last = done >= size or not chunk  # (a file that shrank meanwhile ends too)
            sealed = seal(chunk, _nonce(prefix, index, last), header)
            dest.write(struct.pack(">I", len(sealed)) + sealed)
            index += 1
            if last:
                break


def _read_header(fh: BinaryIO) -> tuple[bytes, tuple]:
    magic = fh.read(len(MAGIC))
    layout = _HEADERS.get(magic)
    if layout is None:
        raise BundleError("not an encrypted bundle", "不是加密的同步文件")
    rest = fh.read(layout.size - len(magic))
    if len(rest) != layout.size - len(magic):
        raise BundleError("the bundle is truncated", "文件不完整")
    header = magic + rest
    return header, layout.unpack(header)


def decrypt_file(source: Path, dest: BinaryIO, passphrase: str) -> None:
    with open(source, "rb") as fh:
        header, (magic, salt, log_n, r, p, prefix) = _read_header(fh)
        _, unseal = _ciphers(magic, _key(passphrase, salt, log_n, r, p))
        index = 0
        while True:
            raw_len = fh.read(4)
            if len(raw_len) != 4:
                raise BundleError("the bundle is truncated (its last part is missing)", "文件不完整（缺少最后一部分）")
            (length,) = struct.unpack(">I", raw_len)
            if length > CHUNK + TAG or length < TAG:
                raise BundleError("the bundle is damaged or was altered", "文件已损坏或被改动过")
            sealed = fh.read(length)
            if len(sealed) != length:
                raise BundleError("the bundle is truncated", "文件不完整")
            at_end = fh.peek(1) == b"" if hasattr(fh, "peek") else False
            plain = None
            for last in ((True, False) if at_end else (False, True)):
                try:
                    plain = unseal(sealed, _nonce(prefix, index, last), header)
                    break
                except UnavailableError:
                    raise BundleError(
                        "this bundle was encrypted by an older version with AES, which this processor "
                        "cannot decrypt; ask the sender to export it again",
                        "此文件由旧版本用 AES 加密，本机处理器无法解密；请发送方重新导出") from None
                except CryptoError:
                    plain = None
            if plain is None:
                if index == 0:
                    raise BundleError("wrong passphrase, or the bundle was altered", "口令不对，或文件被改动过")
                raise BundleError("the bundle was altered or damaged (authentication failed)",
                                  "文件被改动过或已损坏（验证失败）")
            dest.write(plain)
            index += 1
            if last:
                if fh.read(1):
                    raise BundleError("the bundle has data after its end; it was altered",
                                      "文件末尾有多余数据，被改动过")
                return
