"""How the core's closed choices read in the user's language: signer roles (the NCA's EKU
roles), connection security modes, and why a search's operator was refused. Each call to
``translate`` carries a literal, so lupdate sees every string; an unknown value is shown as it is."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ..choices import Security
from ..store.searchquery import STATUSES, Refusal, SearchQueryError


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


def search_refusal(error: SearchQueryError) -> str:
    """Why the search box's query cannot be searched, in the window's language."""
    sentences = {
        Refusal.NOT_A_DATE: QCoreApplication.translate(
            "Search", "Not a date: %1 (write 01.12.2026, 2026-12-01, today or yesterday)"
        ),
        Refusal.NO_VALUE: QCoreApplication.translate("Search", "%2: needs a value"),
        Refusal.NOT_AN_IDENTITY: QCoreApplication.translate("Search", "%2: takes 12 digits, not %1"),
        Refusal.NOT_A_KIND: QCoreApplication.translate("Search", "has: takes attachment or signature, not %1"),
        Refusal.NOT_A_STATUS: QCoreApplication.translate("Search", "status: takes %3, not %1"),
    }
    return (
        sentences[error.reason]
        .replace("%1", error.value)
        .replace("%2", error.operator)
        .replace("%3", ", ".join(STATUSES))
    )
