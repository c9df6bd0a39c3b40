"""Several workspaces: installations in the core's database, tokens encrypted at rest."""

from pathlib import Path

import pytest
from slack_sdk.oauth.installation_store import Installation
from sqlalchemy import text

from adapters.slack.install import EncryptedInstallationStore, new_key
from bot.errors import BriefbotError
from bot.store import Store


def test_tokens_are_encrypted_at_rest_and_read_back(tmp_path: Path) -> None:
    store = Store.open(f"sqlite:///{tmp_path / 'i.db'}")
    key = new_key()
    installed: list[str] = []
    installs = EncryptedInstallationStore("CID", store.engine, key, on_install=installed.append)
    installs.save(
        Installation(
            app_id="A1",
            team_id="T9",
            bot_token="xoxb-very-secret",
            bot_id="B1",
            bot_user_id="UB",
            user_id="U1",
        )
    )
    with store.engine.connect() as conn:
        raw = " ".join(str(v) for row in conn.execute(text("SELECT * FROM slack_bots")) for v in row)
        raw += " ".join(
            str(v) for row in conn.execute(text("SELECT * FROM slack_installations")) for v in row
        )
    assert "xoxb-very-secret" not in raw and "gAAAA" in raw
    assert installed == ["slack:T9"]  # a reinstall cancels a pending deletion (service.tenant_joined)
    bot = installs.find_bot(enterprise_id=None, team_id="T9")
    assert bot is not None and bot.bot_token == "xoxb-very-secret"
    found = installs.find_installation(enterprise_id=None, team_id="T9")
    assert found is not None and found.bot_token == "xoxb-very-secret"
    assert installs.find_bot(enterprise_id=None, team_id="T8") is None
    with pytest.raises(BriefbotError, match="cannot be decrypted"):
        EncryptedInstallationStore("CID", store.engine, new_key()).find_bot(enterprise_id=None, team_id="T9")
    with pytest.raises(BriefbotError, match="BRIEFBOT_ENCRYPTION_KEY"):
        EncryptedInstallationStore("CID", store.engine, None)


def test_an_installed_workspace_is_served_with_its_own_token(tmp_path: Path, sample_text: str) -> None:
    import json

    from fake_slack import TOKEN
    from test_slack import Rig

    rig = Rig(tmp_path, oauth=True)
    try:
        installs = EncryptedInstallationStore("CID", rig.service.store.engine, rig.key)
        installs.save(
            Installation(
                app_id="A1", team_id="T9", bot_token=TOKEN, bot_id="B1", bot_user_id="UB", user_id="U1"
            )
        )
        status, body, _ = rig.command(sample_text, team="T9")
        assert status == 200 and "Working on it" in body
        (post,) = rig.slack.wait_for(1)
        assert "Commitments" in json.dumps(post["blocks"])
        status, body, _ = rig.command(sample_text, team="T8")  # never installed: refused, nothing stored
        assert "Working on it" not in body
        assert rig.service.store.recent("slack:T8", None) == []
        notices = rig.slack.wait_for(2)[1:]  # Bolt tells the user to install the app, and nothing else
        assert [n["path"] for n in notices] == ["/response/T8-C1"] and "reinstall" in notices[0]["text"]
    finally:
        rig.stop()
