"""The embedded server: IMAP, SMTP submission and a demo PKI (TSA, OCSP, CRL) on loopback."""
