"""EDS in the mail flow: S/MIME signed letters, signed attachments, and verdicts for received mail."""
