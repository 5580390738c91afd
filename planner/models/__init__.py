"""The domain model: one module per concept, all tables on one ``Base``.

Importing this package registers every table on ``Base.metadata``.
"""

from planner.models.base import Base, SyncedRecord, new_id
from planner.models.account import Account
from planner.models.department import Department
from planner.models.stakeholder import Stakeholder
from planner.models.relationship import Relationship
from planner.models.opportunity import Opportunity, DecisionRole
from planner.models.proposition import ValueProposition, PropositionTarget, PropositionDelivery
from planner.models.visit import Visit, VisitAttendee
from planner.models.note import Note
from planner.models.action import ActionItem
from planner.models.checklist import Checklist, ChecklistItem, ChecklistTemplate
from planner.models.contact import ContactPlan, ContactLog
from planner.models.objective import Objective
from planner.models.swot import SwotEntry
from planner.models.offering import Offering
from planner.models.whitespace import WhitespaceCell
from planner.models.risk import Risk
from planner.models.nps import NpsScore
from planner.models.local import LocalState, ChangeLogEntry
from planner.models.sync_state import Conflict, SyncBundle, SyncPeer

__all__ = [
    "Base", "SyncedRecord", "new_id", "Account", "Department", "Stakeholder",
    "Relationship", "Opportunity", "DecisionRole", "ValueProposition",
    "PropositionTarget", "PropositionDelivery", "Visit", "VisitAttendee", "Note",
    "ActionItem", "Checklist", "ChecklistItem", "ChecklistTemplate", "ContactPlan",
    "ContactLog", "Objective", "SwotEntry", "Offering", "WhitespaceCell", "Risk",
    "NpsScore", "LocalState", "ChangeLogEntry", "Conflict", "SyncBundle", "SyncPeer",
]
