"""Object identifiers of the Kazakh (NCA) and Russian (TC26) GOST profiles, and NCA roles.

NCA files name GOST 34.10-2015 and Streebog with their own arc (1.2.398.3.10...) while
OpenSSL's GOST engine uses TC26's (1.2.643.7.1...); both name the same algorithms, so the
core accepts either and writes the NCA ones for NCA keys.
"""

from __future__ import annotations

# NCA (Kazakhstan) arc
NCA_GOST2015_512_KEY = "1.2.398.3.10.1.1.2.2"
NCA_GOST2015_512_CURVE_A = "1.2.398.3.10.1.1.2.2.1"
NCA_GOST2015_512_SIGNATURE = "1.2.398.3.10.1.1.2.3.2"
NCA_STREEBOG_512 = "1.2.398.3.10.1.3.3"
NCA_GOST2015_256_KEY = "1.2.398.3.10.1.1.2.1"
NCA_STREEBOG_256 = "1.2.398.3.10.1.3.2"
# GOST 34.310-2004 (the previous NCA generation): verified for archives, never used to sign
NCA_GOST2004_KEY = "1.2.398.3.10.1.1.1.1"
NCA_GOST2004_SIGNATURE = "1.2.398.3.10.1.1.1.2"
NCA_GOST2004_CURVE_A = "1.2.398.3.10.1.1.1.1.1"  # the CryptoPro-A curve (1.2.643.2.2.35.1)
NCA_GOST34311 = "1.2.398.3.10.1.3.1"  # GOST 34.311-95 = GOST R 34.11-94, test S-box

# TC26 (Russia) arc, as OpenSSL's GOST engine writes them
TC26_GOST2012_256_KEY = "1.2.643.7.1.1.1.1"
TC26_GOST2012_512_KEY = "1.2.643.7.1.1.1.2"
TC26_STREEBOG_256 = "1.2.643.7.1.1.2.2"
TC26_STREEBOG_512 = "1.2.643.7.1.1.2.3"
TC26_SIGN_WITH_512 = "1.2.643.7.1.1.3.3"

STREEBOG_512_OIDS = frozenset({NCA_STREEBOG_512, TC26_STREEBOG_512})
STREEBOG_256_OIDS = frozenset({NCA_STREEBOG_256, TC26_STREEBOG_256})
GOST512_KEY_OIDS = frozenset({NCA_GOST2015_512_KEY, TC26_GOST2012_512_KEY})
GOST512_SIGNATURE_OIDS = frozenset({NCA_GOST2015_512_SIGNATURE, TC26_SIGN_WITH_512, *GOST512_KEY_OIDS})
# Kalkan's CMS SignerInfos name the key OID where the signature OID belongs: both mean the same
GOST2004_SIGNATURE_OIDS = frozenset({NCA_GOST2004_SIGNATURE, NCA_GOST2004_KEY})

# Identity and roles (NCA certificate profile)
EKU_EMAIL_PROTECTION = "1.3.6.1.5.5.7.3.4"
EKU_CLIENT_AUTH = "1.3.6.1.5.5.7.3.2"
ROLE_INDIVIDUAL = "1.2.398.3.3.4.1.1"
ROLE_LEGAL_ENTITY = "1.2.398.3.3.4.1.2"
ROLE_HEAD = "1.2.398.3.3.4.1.2.1"
ROLE_SIGN_RIGHT = "1.2.398.3.3.4.1.2.2"
ROLE_FINANCE = "1.2.398.3.3.4.1.2.3"
ROLE_HR = "1.2.398.3.3.4.1.2.4"
ROLE_EMPLOYEE = "1.2.398.3.3.4.1.2.5"
ROLE_INFORMATION_SYSTEM = "1.2.398.3.3.4.1.2.6"
ROLE_TREASURY_CLIENT = "1.2.398.5.19.1.2.2.1"
ROLE_NAMES: dict[str, str] = {
    ROLE_INDIVIDUAL: "individual",
    ROLE_LEGAL_ENTITY: "legal_entity",
    ROLE_HEAD: "head",
    ROLE_SIGN_RIGHT: "sign_right",
    ROLE_FINANCE: "finance",
    ROLE_HR: "hr",
    ROLE_EMPLOYEE: "employee",
    ROLE_INFORMATION_SYSTEM: "information_system",
    ROLE_TREASURY_CLIENT: "treasury_client",
}

# The NCA's certificate templates (certificatePolicies), in words. Sources: the policy list in
# ru.ussgroup.security.trusty.TrustyUtils (a public Kalkan wrapper) and the sign/auth policy sets of a
# public PHP NCA certificate checker ($signPolicies 3.3.2.1/3.3.2.3, $authPolicies 3.3.2.2/3.3.2.4);
# 1.2.398.3.1.2 is what the Root CA of Kazakhstan's certificates carry (CPS http://root.gov.kz/cps),
# as the root certificates in ../shared/nca-production/ca and public root-building code show.
POLICY_NAMES: dict[str, str] = {
    "1.2.398.3.1.2": "Root CA of the Republic of Kazakhstan policy",
    "1.2.398.3.3.1.1": "NCA regulations (certificates before 2022)",
    "1.2.398.3.3.2": "NCA certificate policy",
    "1.2.398.3.3.2.1": "NCA policy: legal entity, signature",
    "1.2.398.3.3.2.2": "NCA policy: legal entity, authentication",
    "1.2.398.3.3.2.3": "NCA policy: individual, signature",
    "1.2.398.3.3.2.4": "NCA policy: individual, authentication",
}
