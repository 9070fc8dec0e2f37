"""`--demo`: the embedded server with demo mail, and a profile signed in to it. No Qt here.

The server runs in a background thread for the life of the app; the demo accounts' passwords
are kept for the session only (never in the keyring), the demo keys are registered in the key
manager, and the demo CA is trusted in this profile only, so every verdict shows as it would
with the real NCA.
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass

from ..profile import Profile
from ..server.demo import DemoAccount, seed_demo
from ..server.pki import DEMO_PASSWORD, DemoPki
from ..server.runner import EmbeddedServer, ServerError
from ..settings import Settings
from ..signing.keystore import KeyStore
from ..store.cache import Account, Cache
from ..sync.secrets import SecretStore

DEMO_PORTS = (11143, 11587, 18480)


@dataclass
class DemoSession:
    server: EmbeddedServer
    accounts: list[DemoAccount]

    @property
    def tsa_url(self) -> str:
        """The demo PKI's time-stamping service."""
        return f"{self.server.base_url}/tsp"

    def stop(self) -> None:
        self.server.stop()


def start_demo(profile: Profile, cache: Cache, secrets: SecretStore) -> DemoSession:
    profile.ensure()
    data_dir = profile.root / "demo-server"
    # The PKI's port is the one its certificates name (it was another when the fixed one was taken).
    http_port = DemoPki.recorded_port(data_dir / "pki") or DEMO_PORTS[2]
    try:  # the same ports each run keep the cached demo mail and the PKI's URLs valid
        server = EmbeddedServer(
            data_dir, imap_port=DEMO_PORTS[0], smtp_port=DEMO_PORTS[1], http_port=http_port
        ).start_in_thread()
    except ServerError:  # taken (another demo running?): any free ports will do, the PKI's if it can
        try:
            server = EmbeddedServer(data_dir, http_port=http_port).start_in_thread()
        except ServerError:
            server = EmbeddedServer(data_dir).start_in_thread()
    accounts = seed_demo(server)
    assert server.pki is not None
    for name in ("demo_root.cer", "demo_ca.cer"):
        shutil.copy(server.data_dir / "pki" / name, profile.trust_dir / name)
    settings = Settings.load(profile.settings_file)
    for demo in accounts:
        account = cache.accounts.get(demo.name)
        wanted = Account(
            name=demo.name,
            email=demo.email,
            username=demo.email,
            imap_host=server.host,
            imap_port=server.imap_port,
            imap_security="none",
            smtp_host=server.host,
            smtp_port=server.smtp_port,
            smtp_security="none",
            display_name=demo.display_name,
        )
        if account != wanted:
            if account is not None:
                cache.accounts.remove(demo.name)  # ports change between runs; the mail is fetched again
            cache.accounts.add(wanted)
        secrets.remember_for_session(demo.name, demo.password)
        key_file = server.data_dir / "keys" / demo.key.key_file
        settings.add_key_file(key_file)
        KeyStore(profile).unlock(key_file, DEMO_PASSWORD)  # the demo password is public: show who the key belongs to
    settings.save(profile.settings_file)
    return DemoSession(server, accounts)
