"""The Windows and macOS workflow names files that exist and says it has not been run."""

from __future__ import annotations

import re

from tests.helpers.paths import PROJECT_ROOT

WORKFLOW = PROJECT_ROOT / ".github" / "workflows" / "bundle.yml"


def test_the_workflow_is_marked_as_not_run_and_names_real_files():
    text = WORKFLOW.read_text(encoding="utf-8")
    assert "NOT RUN YET" in text
    for job in ("windows:", "macos:"):
        assert f"\n  {job}" in text
    named = set(re.findall(r"installer[/\\][\w./\\-]+\.(?:py|iss)", text))
    assert named >= {"installer/build.py", "installer\\windows\\care-companion.iss"}
    for path in named:
        assert (PROJECT_ROOT / path.replace("\\", "/")).is_file(), path
    for step in ("--self-test", "--demo summary", "iscc", "hdiutil create"):
        assert step in text


def test_the_inno_setup_script_installs_per_user_from_the_bundle():
    script = (PROJECT_ROOT / "installer" / "windows" / "care-companion.iss").read_text()
    assert "PrivilegesRequired=lowest" in script
    assert 'Source: "..\\..\\dist\\caregiver-app\\*"' in script
    assert "-windows-setup" in script
