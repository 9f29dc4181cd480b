"""'klaar' closes a list question; it is no skill (issue 12 walk: a nurse typed 'klaar' to
'which skills do you no longer need?' and 'Medicatie veilig klaarzetten' was marked obsolete)."""

from __future__ import annotations

from datetime import date

from pop_assistent.catalogue import load_catalogue
from pop_assistent.dialogue import Engine, Step, new_plan
from pop_assistent.model import SkillCategory

TODAY = date(2026, 12, 4)


def test_klaar_is_no_skill_in_the_self_assessment() -> None:
    shipped = load_catalogue(today=TODAY)
    e = Engine(new_plan("Ilse Janssens", TODAY), today=TODAY, lang="nl",
               catalogue_loader=lambda: shipped)  # fmt: skip
    for answer in ("Ilse Janssens", "1", "Ik wil wondzorg beter leren.", "verpleegkundige",
                   "geriatrie", "2 uur per week"):  # fmt: skip
        e.answer(answer)
    assert e.step == Step.self_assessment
    e.answer("klinisch redeneren 4")
    e.answer("wondzorg 2 naar 4")
    assert e.plan.conversation.pending.question == "obsolete"
    reply = e.answer("klaar")
    assert not [r.label for r in e.plan.skills if SkillCategory.obsolete in r.categories]
    assert "Niets genoteerd" in reply.message
    assert e.plan.conversation.pending.question == "transferable"
    e.answer("medicatie klaarzetten")  # the skill itself is still understood
    assert any("klaarzetten" in r.label for r in e.plan.skills
               if SkillCategory.transferable in r.categories)  # fmt: skip
