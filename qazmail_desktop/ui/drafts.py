"""Drafts saved as the user types (profile/drafts/*.json), so a crash or a closed window loses
nothing; a draft is removed once its letter is in the outbox."""

from __future__ import annotations

import contextlib
import json
import uuid
from dataclasses import asdict, dataclass, field
from pathlib import Path

from ..atomic import write_atomically


@dataclass
class DraftData:
    account: str = ""
    to: str = ""
    cc: str = ""
    bcc: str = ""
    subject: str = ""
    body: str = ""
    attachments: list[str] = field(default_factory=list)
    sign: bool = False
    key_file: str = ""
    sign_attachments: bool = False
    in_reply_to: str = ""
    references: str = ""  # the answered letter's References: the conversation stays one
    server_message_id: str = ""  # of its latest version in the account's Drafts folder
    window_open: bool = True  # a window was writing it when last saved: it opens again after a crash
    id: str = field(default_factory=lambda: uuid.uuid4().hex)


class DraftStore:
    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def save(self, draft: DraftData) -> None:
        self.folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        # what the user typed exists nowhere else: on disk before we say it is saved
        write_atomically(
            self.folder / f"{draft.id}.json", json.dumps(asdict(draft), ensure_ascii=False).encode(), durable=True
        )

    def load_all(self) -> list[DraftData]:
        out = []
        for path in sorted(self.folder.glob("*.json")):
            try:
                data = json.loads(path.read_text(encoding="utf-8"))
                out.append(DraftData(**{k: v for k, v in data.items() if k in DraftData.__dataclass_fields__}))
            except (OSError, ValueError, TypeError):
                continue
        return out

    def closed(self, draft: DraftData) -> None:
        """Its window was closed: it stays in the list of drafts but does not open at the next start.
        A letter never kept on disk is not written now; one that cannot be (a full disk) stays as it was."""
        if not (self.folder / f"{draft.id}.json").exists():
            return
        draft.window_open = False
        with contextlib.suppress(OSError):  # it opens again at the next start: nothing is lost
            self.save(draft)

    def remove(self, draft_id: str) -> None:
        (self.folder / f"{draft_id}.json").unlink(missing_ok=True)
