import pytest
from click.testing import CliRunner

from pipeline.cli import cli


@pytest.mark.parametrize("command", sorted(cli.commands))
def test_every_command_has_help(command):
    result = CliRunner().invoke(cli, [command, "--help"])
    assert result.exit_code == 0
    assert cli.commands[command].help, f"{command} has no help text"


def test_status_without_a_database_says_so(tmp_path):
    result = CliRunner().invoke(cli, ["status", "--db", str(tmp_path / "none.db")])
    assert result.exit_code == 1
    assert "nothing has been crawled" in result.output
