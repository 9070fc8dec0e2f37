"""How the core's closed choices read in the user's language: signer roles (the NCA's EKU
roles) and connection security modes. Each call to ``translate`` carries a literal, so lupdate
sees every string; an unknown value is shown as it is."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ..choices import Security


def role_label(role: str) -> str:
    """A role name from ``crypto.identity`` (``head``, ``finance``, …)."""
    labels = {
        "individual": QCoreApplication.translate("Roles", "Individual"),
        "legal_entity": QCoreApplication.translate("Roles", "Legal entity"),
        "head": QCoreApplication.translate("Roles", "Head of the organisation"),
        "sign_right": QCoreApplication.translate("Roles", "Authorised to sign"),
        "finance": QCoreApplication.translate("Roles", "Authorised to sign financial documents"),
        "hr": QCoreApplication.translate("Roles", "HR officer"),
        "employee": QCoreApplication.translate("Roles", "Employee"),
        "information_system": QCoreApplication.translate("Roles", "Information system"),
        "treasury_client": QCoreApplication.translate("Roles", "Treasury client"),
    }
    return labels.get(role, role)


def roles_label(roles: list[str] | None) -> str:
    return ", ".join(role_label(role) for role in roles or [])


def security_label(mode: Security) -> str:
    labels = {
        Security.SSL: QCoreApplication.translate("Security", "SSL/TLS (encrypted from the start)"),
        Security.STARTTLS: QCoreApplication.translate("Security", "STARTTLS (encrypted after connecting)"),
        Security.NONE: QCoreApplication.translate("Security", "None (this computer only)"),
    }
    return labels[mode]
