"""Passphrase encryption of bundles: scrypt key derivation and AES-256-GCM
over fixed-size chunks (the STREAM construction: each chunk's nonce holds
its index and a last-chunk flag, so reordering, truncation and tampering are
all detected). Streams: memory stays flat whatever the bundle size."""

from __future__ import annotations

import os
import struct
from pathlib import Path
from typing import BinaryIO

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from planner.sync.errors import BundleError

MAGIC = b"KAPBENC1"
CHUNK = 1024 * 1024
SCRYPT_LOG_N, SCRYPT_R, SCRYPT_P = 15, 8, 1
_HEADER = struct.Struct(">8s16sBBB7s")  # magic, salt, log2 n, r, p, nonce prefix


def is_encrypted(path: Path) -> bool:
    with open(path, "rb") as fh:
        return fh.read(len(MAGIC)) == MAGIC


def _key(passphrase: str, salt: bytes, log_n: int, r: int, p: int) -> bytes:
    if not passphrase:
        raise BundleError("the passphrase is empty")
    if (log_n, r, p) != (SCRYPT_LOG_N, SCRYPT_R, SCRYPT_P):
        raise BundleError("the bundle's key parameters are not ours; the file was altered")
    return Scrypt(salt=salt, length=32, n=2**log_n, r=r, p=p).derive(passphrase.encode("utf-8"))


def _nonce(prefix: bytes, index: int, last: bool) -> bytes:
    return prefix + struct.pack(">I", index) + (b"\x01" if last else b"\x00")


def encrypt_file(source: Path, dest: BinaryIO, passphrase: str) -> None:
    salt, prefix = os.urandom(16), os.urandom(7)
    header = _HEADER.pack(MAGIC, salt, SCRYPT_LOG_N, SCRYPT_R, SCRYPT_P, prefix)
    aead = AESGCM(_key(passphrase, salt, SCRYPT_LOG_N, SCRYPT_R, SCRYPT_P))
    dest.write(header)
    size = source.stat().st_size
    with open(source, "rb") as fh:
        index, done = 0, 0
        while True:
            chunk = fh.read(CHUNK)
            done += len(chunk)
            last = done >= size
            sealed = aead.encrypt(_nonce(prefix, index, last), chunk, header)
            dest.write(struct.pack(">I", len(sealed)) + sealed)
            index += 1
            if last:
                break


def decrypt_file(source: Path, dest: BinaryIO, passphrase: str) -> None:
    with open(source, "rb") as fh:
        header = fh.read(_HEADER.size)
        if len(header) != _HEADER.size:
            raise BundleError("the bundle is truncated")
        magic, salt, log_n, r, p, prefix = _HEADER.unpack(header)
        if magic != MAGIC:
            raise BundleError("not an encrypted bundle")
        aead = AESGCM(_key(passphrase, salt, log_n, r, p))
        index = 0
        while True:
            raw_len = fh.read(4)
            if len(raw_len) != 4:
                raise BundleError("the bundle is truncated (its last part is missing)", "文件不完整（缺少最后一部分）")
            (length,) = struct.unpack(">I", raw_len)
            if length > CHUNK + 16:
                raise BundleError("the bundle is damaged or was altered")
            sealed = fh.read(length)
            if len(sealed) != length:
                raise BundleError("the bundle is truncated")
            at_end = fh.peek(1) == b"" if hasattr(fh, "peek") else False
            for last in ((True, False) if at_end else (False, True)):
                try:
                    plain = aead.decrypt(_nonce(prefix, index, last), sealed, header)
                    break
                except InvalidTag:
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
                    raise BundleError("the bundle has data after its end; it was altered")
                return
