"""A verification policy as bytes, to build it again in a worker process (checking a mailbox,
a register of many files): everything a verdict depends on travels, the CAs' roles and the OCSP
answers kept for offline use too; a worker without them would judge otherwise than this process."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from asn1crypto import crl as asn1_crl
from asn1crypto import ocsp, x509

from .trust import CrlSet, TrustStore
from .verify import VerifyPolicy


@dataclass(frozen=True)
class PolicyRecipe:
    """A verification policy as bytes, to build it again in a worker process: everything a verdict
    depends on (the CAs' roles too: a verdict says which NCA CA issued the certificate)."""

    roots: list[bytes]
    intermediates: list[bytes]
    roles: dict[str, str]
    crls: list[bytes]
    kept_ocsp: list[bytes]
    online: bool
    crl_cache: Path | None
    now: dt.datetime | None

    @classmethod
    def of(cls, policy: VerifyPolicy) -> PolicyRecipe:
        trust = policy.trust
        return cls(
            [c.dump() for c in trust.roots],
            [c.dump() for c in trust.intermediates],
            dict(trust.roles),
            [c.dump() for c in policy.crls.crls],
            [answer.dump() for answer in policy.kept_ocsp],
            policy.online,
            policy.crl_cache,
            policy.now,
        )

    def policy(self) -> VerifyPolicy:
        trust = TrustStore(
            [x509.Certificate.load(der) for der in self.roots],
            [x509.Certificate.load(der) for der in self.intermediates],
            dict(self.roles),
        )
        return VerifyPolicy(
            trust=trust,
            crls=CrlSet([asn1_crl.CertificateList.load(der) for der in self.crls]),
            now=self.now,
            online=self.online,
            crl_cache=self.crl_cache,
            kept_ocsp=[ocsp.BasicOCSPResponse.load(der) for der in self.kept_ocsp],
        )
