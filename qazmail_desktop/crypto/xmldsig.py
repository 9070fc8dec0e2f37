"""XML signatures (XMLDSig) as Kazakh e-government services, NCALayer's signXml and Kalkan make
them, checked and made: an enveloped ``ds:Signature`` with one Reference (``URI=""``, the whole document, or
``#id``, one element), its digest and signature value checked here with the same algorithms and
byte conventions as the product's CMS (GOST 34.10-2015 512/256 with Streebog, GOST 34.310-2004
with GOST 34.311-95, RSA with SHA-2).

What a signature covers is computed once and returned with its check (``XmlSignatureCheck.signed``):
what is shown is what was checked. Anything this module cannot read exactly one way is refused:
several references, a transform other than enveloped-signature and C14N, an Id that names two
elements. Canonicalisation is libxml2's (lxml), the one xmlsec uses.

Why not signxml: it verifies RSA and ECDSA only (no GOST, the algorithms most Kazakh XML is
signed with) and insists on its own certificate handling; checking references and values here
lets the verdict and the certificate judgement be the same as for CMS."""

from __future__ import annotations

import base64
import binascii
import copy
from dataclasses import dataclass

from asn1crypto import x509
from lxml import etree

from ..signaturenames import XMLDSIG_NAMESPACE
from . import certificates, digests, generations, oids
from .errors import MalformedDataError, SigningRefusedError, UnsupportedAlgorithmError
from .keys import SigningKey
from .status import Status

DSIG = XMLDSIG_NAMESPACE
C14N = "http://www.w3.org/TR/2001/REC-xml-c14n-20010315"
C14N_WITH_COMMENTS = C14N + "#WithComments"
EXC_C14N = "http://www.w3.org/2001/10/xml-exc-c14n#"
EXC_C14N_WITH_COMMENTS = EXC_C14N + "WithComments"
ENVELOPED = DSIG + "enveloped-signature"
WSU = "http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-utility-1.0.xsd"
WSSE = "http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd"
X509_TOKEN = "http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-x509-token-profile-1.0#X509v3"

_PKIGOVKZ = "urn:ietf:params:xml:ns:pkigovkz:xmlsec:algorithms:"
GOST2015_512_SIGNATURE = _PKIGOVKZ + "gostr34102015-gostr34112015-512"
GOST2015_512_DIGEST = _PKIGOVKZ + "gostr34112015-512"
GOST2004_SIGNATURE = "http://www.w3.org/2001/04/xmldsig-more#gost34310-gost34311"
GOST2004_DIGEST = "http://www.w3.org/2001/04/xmldsig-more#gost34311"
RSA_SHA256 = "http://www.w3.org/2001/04/xmldsig-more#rsa-sha256"
SHA256 = "http://www.w3.org/2001/04/xmlenc#sha256"

# SignatureMethod → the signature OID the CMS verifier knows
SIGNATURE_METHODS = {
    GOST2015_512_SIGNATURE: oids.NCA_GOST2015_512_SIGNATURE,
    _PKIGOVKZ + "gostr34102015-gostr34112015-256": "1.2.398.3.10.1.1.2.3.1",
    GOST2004_SIGNATURE: oids.NCA_GOST2004_SIGNATURE,
    RSA_SHA256: "1.2.840.113549.1.1.11",
    "http://www.w3.org/2001/04/xmldsig-more#rsa-sha384": "1.2.840.113549.1.1.12",
    "http://www.w3.org/2001/04/xmldsig-more#rsa-sha512": "1.2.840.113549.1.1.13",
}
# DigestMethod → the digest OID
DIGEST_METHODS = {
    GOST2015_512_DIGEST: oids.NCA_STREEBOG_512,
    _PKIGOVKZ + "gostr34112015-256": oids.NCA_STREEBOG_256,
    GOST2004_DIGEST: oids.NCA_GOST34311,
    SHA256: "2.16.840.1.101.3.4.2.1",
    "http://www.w3.org/2001/04/xmldsig-more#sha384": "2.16.840.1.101.3.4.2.2",
    "http://www.w3.org/2001/04/xmlenc#sha512": "2.16.840.1.101.3.4.2.3",
}
_C14N_METHODS = {C14N, C14N_WITH_COMMENTS, EXC_C14N, EXC_C14N_WITH_COMMENTS}
_ID_ATTRIBUTES = ("Id", "ID", "id", f"{{{WSU}}}Id")
MAX_SIGNATURES = 20  # co-signatures of one document (each check reads the whole document once)


@dataclass(frozen=True)
class XmlSignatureCheck:
    """One ``ds:Signature``: its reference's digest and its value checked (the certificate is judged
    by the caller, as for CMS). ``signed``: the canonical bytes the reference covers, comments and
    this and later signatures left out; ``scope``: "" for the whole document, else the covered
    element's name (the signature covers that element only)."""

    status: Status
    message: str
    certificates: tuple[x509.Certificate, ...]
    signer: x509.Certificate | None
    digest_oid: str
    scope: str
    signed: bytes


def signatures_in(tree: etree._ElementTree) -> list[etree._Element]:
    """Every ``ds:Signature`` of the document, found by namespace (the prefix varies), in document order."""
    found = list(tree.getroot().iter(f"{{{DSIG}}}Signature"))
    if len(found) > MAX_SIGNATURES:
        raise MalformedDataError(f"the XML document holds more than {MAX_SIGNATURES} signatures: refused")
    return found


def check_signatures(tree: etree._ElementTree) -> list[XmlSignatureCheck]:
    """Every signature of the document checked, in document order (the earliest first)."""
    return [check_signature(tree, signature) for signature in signatures_in(tree)]


def check_signature(tree: etree._ElementTree, signature: etree._Element) -> XmlSignatureCheck:
    """The digest and the value of ``signature``; what cannot be read one way is ``malformed`` or
    ``unknown_algorithm``, never an exception."""
    certs: tuple[x509.Certificate, ...] = ()
    try:
        certs = _certificates(signature)
        signer = _signer(certs)
        signed_info = _one(signature, "SignedInfo")
        reference = _reference(signed_info)
        digest_oid = _algorithm(_one(reference, "DigestMethod"), DIGEST_METHODS, "digest")
        signature_oid = _algorithm(_one(signed_info, "SignatureMethod"), SIGNATURE_METHODS, "signature")
        scope, signed = _referenced(tree, signature, reference)
        value = _base64(_one(signature, "SignatureValue").text, "SignatureValue")
        expected = _base64(_one(reference, "DigestValue").text, "DigestValue")
        signed_info_bytes = _canonical(signed_info, _one(signed_info, "CanonicalizationMethod"))
        older = generations.older_certificate(signer)
        if older:  # as for CMS: named, neither proven valid nor shown invalid
            return XmlSignatureCheck(Status.OLDER_GENERATION, older, certs, signer, "", "", b"")
    except UnsupportedAlgorithmError as exc:
        return XmlSignatureCheck(Status.UNKNOWN_ALGORITHM, str(exc), certs, None, "", "", b"")
    except MalformedDataError as exc:
        return XmlSignatureCheck(Status.MALFORMED, str(exc), certs, None, "", "", b"")
    if digests.digest(digest_oid, signed) != expected:
        return XmlSignatureCheck(
            Status.CONTENT_MODIFIED,
            "the XML differs from the one that was signed (modified after signing)",
            certs,
            signer,
            digest_oid,
            scope,
            signed,
        )
    try:
        key = certificates.public_key(signer)
        ok = certificates.verify_signature(key, signature_oid, value, signed_info_bytes)
    except UnsupportedAlgorithmError as exc:
        return XmlSignatureCheck(Status.UNKNOWN_ALGORITHM, str(exc), certs, signer, digest_oid, scope, signed)
    except (MalformedDataError, ValueError) as exc:
        return XmlSignatureCheck(Status.MALFORMED, str(exc), certs, signer, digest_oid, scope, signed)
    if not ok:
        return XmlSignatureCheck(
            Status.INVALID_SIGNATURE,
            "the signature does not match the signer's key",
            certs,
            signer,
            digest_oid,
            scope,
            signed,
        )
    return XmlSignatureCheck(Status.VALID, "", certs, signer, digest_oid, scope, signed)


def _children(parent: etree._Element, name: str) -> list[etree._Element]:
    return [child for child in parent if child.tag == f"{{{DSIG}}}{name}"]


def _one(parent: etree._Element, name: str) -> etree._Element:
    found = _children(parent, name)
    if len(found) != 1:
        where = etree.QName(parent).localname
        raise MalformedDataError(f"{where} must hold one {name}, it holds {len(found)}")
    return found[0]


def _algorithm(element: etree._Element, known: dict[str, str], what: str) -> str:
    uri = element.get("Algorithm") or ""
    if uri not in known:
        raise UnsupportedAlgorithmError(f"unsupported {what} algorithm {uri[:200]}")
    return known[uri]


def _base64(text: str | None, what: str) -> bytes:
    try:
        return base64.b64decode("".join((text or "").split()), validate=True)
    except (binascii.Error, ValueError) as exc:
        raise MalformedDataError(f"{what} is not base64") from exc


def _reference(signed_info: etree._Element) -> etree._Element:
    references = _children(signed_info, "Reference")
    if len(references) != 1:
        # each reference would cover a part of its own: what one verdict is about would be unclear
        raise UnsupportedAlgorithmError(f"a signature with {len(references)} references is not supported (one is)")
    return references[0]


def _referenced(tree: etree._ElementTree, signature: etree._Element, reference: etree._Element) -> tuple[str, bytes]:
    """(scope, the canonical bytes the reference covers) after its transforms."""
    uri = reference.get("URI")
    if uri is None or (uri and not uri.startswith("#")):
        raise UnsupportedAlgorithmError('only references within the document (URI="" or #id) are supported')
    transforms = _transforms(reference)
    algorithms = [t.get("Algorithm") or "" for t in transforms]
    enveloped = algorithms[:1] == [ENVELOPED]
    c14n = transforms[1:] if enveloped else transforms
    if len(c14n) > 1 or (c14n and c14n[0].get("Algorithm") not in _C14N_METHODS):
        raise UnsupportedAlgorithmError("unsupported transforms: " + ", ".join(a[:200] for a in algorithms))
    document = copy.deepcopy(tree)
    if enveloped:
        _drop_this_and_later_signatures(tree, document, signature)
    if uri == "":
        target: etree._Element | etree._ElementTree = document
        scope = ""
    else:
        original = _element_with_id(tree, uri[1:])
        target = _same_place(document, original)
        scope = etree.QName(original).localname
    # a same-document reference is the node-set without comments (XMLDSig 4.3.3.3): a comment
    # is never signed, whatever the C14N variant says, and is never shown as signed
    method = c14n[0] if c14n else None
    return scope, _canonical(target, method, with_comments=False)


def _transforms(reference: etree._Element) -> list[etree._Element]:
    holders = _children(reference, "Transforms")
    if len(holders) > 1:
        raise MalformedDataError("Reference holds more than one Transforms")
    return _children(holders[0], "Transform") if holders else []


def _canonical(
    target: etree._Element | etree._ElementTree, method: etree._Element | None, with_comments: bool | None = None
) -> bytes:
    """C14N 1.0 or exclusive C14N (with its InclusiveNamespaces prefix list), as ``method`` names it
    (inclusive without comments when None)."""
    algorithm = method.get("Algorithm") if method is not None else C14N
    if algorithm not in _C14N_METHODS:
        raise UnsupportedAlgorithmError(f"unsupported canonicalization {str(algorithm)[:200]}")
    exclusive = algorithm in (EXC_C14N, EXC_C14N_WITH_COMMENTS)
    comments = algorithm in (C14N_WITH_COMMENTS, EXC_C14N_WITH_COMMENTS) if with_comments is None else with_comments
    prefixes: list[str] = []
    if exclusive and method is not None:
        for child in method:
            if etree.QName(child).localname == "InclusiveNamespaces":
                prefixes += [p for p in (child.get("PrefixList") or "").split() if p != "#default"]
    return bytes(
        etree.tostring(
            target,
            method="c14n",
            exclusive=exclusive,
            with_comments=comments,
            inclusive_ns_prefixes=prefixes or None,
        )
    )


def _path(element: etree._Element) -> list[int]:
    steps = []
    while (parent := element.getparent()) is not None:
        steps.append(parent.index(element))
        element = parent
    return steps[::-1]


def _same_place(document: etree._ElementTree, element: etree._Element) -> etree._Element:
    """The element of the copy ``document`` at the place ``element`` has in the original."""
    found = document.getroot()
    for step in _path(element):
        found = found[step]
    return found


def _drop_this_and_later_signatures(
    tree: etree._ElementTree, document: etree._ElementTree, signature: etree._Element
) -> None:
    """The enveloped-signature transform, as co-signing with it works: each signer signed the document
    without its own signature and without those added after it (each new one is appended), so those
    are taken out of the copy; the text after each stays (it belongs to the parent)."""
    everyone = signatures_in(tree)
    later = everyone[everyone.index(signature) :]
    places = [_same_place(document, s) for s in later]
    for element in reversed(places):
        _remove_keeping_tail(element)


def _remove_keeping_tail(element: etree._Element) -> None:
    parent = element.getparent()
    if parent is None:
        raise MalformedDataError("the signature is the whole document: nothing is signed")
    if element.tail:
        previous = element.getprevious()
        if previous is not None:
            previous.tail = (previous.tail or "") + element.tail
        else:
            parent.text = (parent.text or "") + element.tail
    parent.remove(element)


def _element_with_id(tree: etree._ElementTree, wanted: str) -> etree._Element:
    """The one element whose Id (Id, ID, id or wsu:Id) is ``wanted``; two would make the reference
    name either (the signature-wrapping attack), so that is refused."""
    found = [
        element
        for element in tree.getroot().iter()
        if isinstance(element.tag, str) and any(element.get(name) == wanted for name in _ID_ATTRIBUTES)
    ]
    if len(found) != 1:
        raise MalformedDataError(
            f"the reference #{wanted[:100]} names {len(found)} elements: "
            + ("it must name exactly one" if found else "none has this Id")
        )
    return found[0]


def _certificates(signature: etree._Element) -> tuple[x509.Certificate, ...]:
    """The certificates a signature carries: KeyInfo's X509Data, or (WS-Security) the X.509 token
    its SecurityTokenReference holds."""
    key_info = _children(signature, "KeyInfo")
    if not key_info:
        return ()
    texts = [c.text for c in key_info[0].iter(f"{{{DSIG}}}X509Certificate")]
    for identifier in key_info[0].iter(f"{{{WSSE}}}KeyIdentifier"):
        if identifier.get("ValueType") == X509_TOKEN:
            texts.append(identifier.text)
    return tuple(certificates.load_certificate(_base64(text, "X509Certificate")) for text in texts)


def _signer(certs: tuple[x509.Certificate, ...]) -> x509.Certificate:
    """The signer's certificate: the only one, or the only one that issued none of the others."""
    if not certs:
        raise MalformedDataError("the signer's certificate is not in the signature (KeyInfo)")
    leaves = [c for c in certs if not any(o is not c and certificates.is_issued_by(o, c) for o in certs)]
    if len(leaves) != 1:
        raise MalformedDataError("KeyInfo holds several certificates and none is plainly the signer's")
    return leaves[0]


# what a key signs XML with: (SignatureMethod, DigestMethod), by the digest the key signs CMS with
_METHODS_BY_DIGEST = {
    "streebog512": (GOST2015_512_SIGNATURE, GOST2015_512_DIGEST),
    "sha256": (RSA_SHA256, SHA256),
    "gost34311": (GOST2004_SIGNATURE, GOST2004_DIGEST),  # made only below the refusal of 2004 keys (tests)
}


def sign_enveloped(tree: etree._ElementTree, key: SigningKey) -> bytes:
    """The document with a new enveloped signature appended to its root element, as NCALayer's
    signXml makes it (``URI=""``, enveloped-signature and C14N with comments, SignedInfo in C14N
    1.0, the certificate in KeyInfo). Signatures already there stay as they are and stay valid:
    each is checked without the ones added after it. The caller checks them before."""
    methods = _METHODS_BY_DIGEST.get(key.digest.name)
    if methods is None:
        raise SigningRefusedError(f"{key.label}: XML signatures are made with GOST 34.10-2015 (512) or RSA-SHA256 keys")
    signature_method, digest_method = methods
    root = tree.getroot()
    # the digest of the document as it stands: the new signature, appended last, is what its own
    # enveloped-signature transform takes out again
    covered = _canonical(copy.deepcopy(tree), None, with_comments=False)
    digest = digests.digest(DIGEST_METHODS[digest_method], covered)
    ds = f"{{{DSIG}}}"
    signature = etree.SubElement(root, ds + "Signature", nsmap={"ds": DSIG})
    signed_info = etree.SubElement(signature, ds + "SignedInfo")
    etree.SubElement(signed_info, ds + "CanonicalizationMethod", Algorithm=C14N)
    etree.SubElement(signed_info, ds + "SignatureMethod", Algorithm=signature_method)
    reference = etree.SubElement(signed_info, ds + "Reference", URI="")
    transforms = etree.SubElement(reference, ds + "Transforms")
    etree.SubElement(transforms, ds + "Transform", Algorithm=ENVELOPED)
    etree.SubElement(transforms, ds + "Transform", Algorithm=C14N_WITH_COMMENTS)
    etree.SubElement(reference, ds + "DigestMethod", Algorithm=digest_method)
    etree.SubElement(reference, ds + "DigestValue").text = base64.b64encode(digest).decode()
    # SignedInfo is canonicalised where it stands: inclusive C14N takes the ancestors' namespaces
    value = key.sign(_canonical(signed_info, None))
    etree.SubElement(signature, ds + "SignatureValue").text = base64.b64encode(value).decode()
    x509_data = etree.SubElement(etree.SubElement(signature, ds + "KeyInfo"), ds + "X509Data")
    etree.SubElement(x509_data, ds + "X509Certificate").text = base64.b64encode(key.certificate.dump()).decode()
    return b'<?xml version="1.0" encoding="UTF-8"?>\n' + bytes(etree.tostring(tree, encoding="UTF-8"))
