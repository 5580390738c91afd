"""The deal commands end to end."""

import json

from planner.cli.main import main


def test_tender_simulate_from_a_file(tmp_path, capsys):
    inputs = tmp_path / "sim.json"
    inputs.write_text(json.dumps({"bidders": [
        {"name": "us", "us": True, "technical": 85, "commercial": 80, "price": 980},
        {"name": "A", "technical": 90, "commercial": 70, "price": 900},
        {"name": "B", "technical": 70, "commercial": 90, "price": 1000}]}))
    chart = tmp_path / "c.png"
    assert main(["--db", str(tmp_path / "x.db"), "tender", "simulate", "--json", str(inputs),
                 "--chart", str(chart)]) == 0
    out = json.loads(capsys.readouterr().out)
    assert [r["name"] for r in out["ranking"]] == ["A", "us", "B"]
    assert abs(out["price_to_win"] - 840) < 0.01
    assert chart.read_bytes()[:4] == b"\x89PNG"


def test_bad_price_rule_is_one_line(tmp_path, capsys):
    inputs = tmp_path / "sim.json"
    inputs.write_text(json.dumps({"price_rule": "cheapest", "bidders": []}))
    assert main(["--db", str(tmp_path / "x.db"), "tender", "simulate", "--json", str(inputs)]) == 2
    assert "price_rule must be one of" in capsys.readouterr().err


def test_readiness_of_the_demo_tender(tmp_path, capsys):
    db = tmp_path / "d.db"
    assert main(["--db", str(db), "demo"]) == 0
    capsys.readouterr()
    assert main(["--db", str(db), "readiness", "--account", "华东某省电力公司",
                 "--opportunity", "变电设备状态监测与智能巡检平台（一期）", "--lang", "zh"]) == 0
    out = capsys.readouterr().out
    assert "/100" in out and "✗ 控制点6" in out and "批准者赵建国" in out
    assert main(["--db", str(db), "tender", "templates"]) == 0
    assert "builtin:public_tender\tPublic tender\t公开招标" in capsys.readouterr().out


def test_a_simulation_travels_with_its_account(tmp_path, capsys):
    a, b = str(tmp_path / "a.db"), str(tmp_path / "b.db")
    assert main(["--db", a, "demo"]) == 0
    assert main(["--db", a, "list", "opportunity", "--account", "华东某省电力公司", "--json"]) == 0
    capsys.readouterr()
    from planner.services import Records
    from planner.store import open_database
    from planner.deals.tender.simulation import new_values

    db = open_database(a)
    records = Records(db)
    opp = next(o for o in records.list("opportunity") if o["stage"] == "solution")
    sim, _ = records.create("tender_simulation", new_values(opp, "zh"))
    db.close()
    bundle = str(tmp_path / "grid.bundle")
    assert main(["--db", a, "sync", "export", "-o", bundle, "--account", "华东某省电力公司", "--full"]) == 0
    assert main(["--db", b, "sync", "import", bundle]) == 0
    capsys.readouterr()
    assert main(["--db", b, "tender", "simulate", "--simulation", sim]) == 0
    out = json.loads(capsys.readouterr().out)
    assert [r["name"] for r in out["ranking"]][0] == "我方"


def test_tender_simulate_refuses_weights_that_do_not_add_up_to_100(tmp_path, capsys):
    inputs = tmp_path / "sim.json"
    inputs.write_text(json.dumps({"technical_weight": 60, "commercial_weight": 10, "price_weight": 50,
                                  "bidders": [{"name": "Us", "us": True, "technical": 85, "commercial": 80,
                                               "price": "3800万"},
                                              {"name": "A", "technical": 80, "commercial": 80,
                                               "price": 36000000}]}))
    assert main(["--db", str(tmp_path / "x.db"), "tender", "simulate", "--json", str(inputs),
                 "--lang", "zh"]) == 1
    captured = capsys.readouterr()
    out = json.loads(captured.out)
    assert out["weight_sum"] == 120 and out["ranking"] == [] and out["we_win"] is False
    assert "权重合计为 120 分" in captured.err
