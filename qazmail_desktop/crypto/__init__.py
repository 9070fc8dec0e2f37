"""EDS core: NCA key containers, GOST 34.10-2015 / RSA signatures and CMS. No Qt here."""

from . import asn1_compat as _asn1_compat
from . import asn1_gost as _asn1_gost  # noqa: F401 - registers GOST key types with asn1crypto

_asn1_compat.install()  # before anything is encoded: see the module
