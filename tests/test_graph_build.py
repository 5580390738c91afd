"""Finding an account's opportunity from what a rep types on the command line."""

import pytest

from planner.graph.build import find_opportunity
from planner.services.errors import NotFound


def test_an_opportunity_is_found_by_id_name_or_a_part_only_it_has(db, records, account):
    grid, _ = records.create("opportunity", {"account_id": account, "name": "500kV变电站智能巡检"})
    line, _ = records.create("opportunity", {"account_id": account, "name": "输电线路巡检无人机"})
    assert find_opportunity(db, account, grid) == grid
    assert find_opportunity(db, account, grid[:6]) == grid
    assert find_opportunity(db, account, "500KV变电站智能巡检") == grid
    assert find_opportunity(db, account, "变电") == grid
    assert find_opportunity(db, account, "无人机") == line
    with pytest.raises(NotFound, match="several opportunities"):
        find_opportunity(db, account, "巡检")
    with pytest.raises(NotFound, match="no opportunity"):
        find_opportunity(db, account, "风电")
