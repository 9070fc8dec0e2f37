"""The document card (карточка электронного документа, the open specification kaarkz/ddcard): a
PDF that carries the original document and its detached CMS signatures as attachments, with pages
a person reads: the information block, the document itself, and one page per signature with its
certificate, time-stamp, revocation evidence and the signature as QR codes.

Qt-free: ``facts`` reads what a card shows from a CMS, ``rules`` holds the specification's checks
of a signature, ``qr`` the QR sets, ``layout`` draws the pages (reportlab), ``pdf`` embeds and
extracts the attachments (pypdf writes, PDFium reads).
"""
