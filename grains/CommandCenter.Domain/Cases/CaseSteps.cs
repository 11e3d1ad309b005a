using CommandCenter.Cases;

namespace CommandCenter.Domain;

/// <summary>What a transition does to a case, or why it is refused (<see cref="RefusalKind.NotAllowedNow"/> with the case as it is; see <see cref="CaseLifecycle"/>).</summary>
public static class CaseSteps
{
    public static Outcome<CaseView> Apply(CaseView view, CaseTransition transition, DateTimeOffset now)
    {
        if (!CaseLifecycle.IsAllowed(view.Status, transition.To))
        {
            var next = CaseLifecycle.Allowed(view.Status);
            return Refusal.NotAllowedNow(view.Status == CaseStatus.Withdrawn
                ? $"案件已作废，不能再变更 / case {view.Id} was withdrawn; it cannot go to {Name(transition.To)}."
                : next.Count == 0 && view.Status == CaseStatus.NotAccepted
                ? $"案件已不受理，不能再变更 / case {view.Id} was not accepted; it cannot go to {Name(transition.To)}."
                : next.Count == 0
                ? $"案件已销号，不能再变更 / case {view.Id} is closed; it cannot go to {Name(transition.To)}."
                : $"案件 {view.Id} 当前为 {Name(view.Status)}，不能转为 {Name(transition.To)} / a {Name(view.Status)} case can go only to {string.Join(" or ", next.Select(Name))}.", view);
        }

        var unit = transition.Unit?.Trim();
        if (transition.To == CaseStatus.Dispatched && string.IsNullOrEmpty(unit))
        {
            return Refusal.NotAllowedNow("派遣需要指定处置单位 / dispatching needs the unit that handles the case.", view);
        }

        if (transition.To == CaseStatus.Closed && view.PhotoIds.Count == 0)
        {
            return Refusal.NotAllowedNow("销号需要整改照片作为佐证 / closing needs evidence: attach a photo first.", view);
        }

        if (transition.To == CaseStatus.Closed && string.IsNullOrEmpty(view.Verifier))
        {
            return Refusal.NotAllowedNow("销号需要核查人 / closing needs a verifier.", view);
        }

        if (transition.To == CaseStatus.NotAccepted && string.IsNullOrWhiteSpace(transition.Note))
        {
            return Refusal.NotAllowedNow("不受理须说明理由（非本部门职责、重复上报等） / not accepting a case needs its reason in the note.", view);
        }

        var step = new CaseStep { At = now, By = transition.By, To = transition.To, Note = transition.Note, Unit = unit };
        var after = view with
        {
            Status = transition.To,
            Steps = [.. view.Steps, step],
            Version = view.Version + 1,
            Overdue = view.Overdue || (transition.To is not (CaseStatus.Closed or CaseStatus.NotAccepted) && now >= view.Deadline),
        };

        return transition.To switch
        {
            CaseStatus.Dispatched => after with { Unit = unit },
            CaseStatus.Rectified => after with { Handled = true },
            CaseStatus.Verified => after with { Verifier = transition.By },
            CaseStatus.Rework => after with { ReworkCount = view.ReworkCount + 1, Verifier = null },
            CaseStatus.Closed => after with { ClosedAt = now, ClosedOnTime = now <= view.Deadline },
            _ => after,
        };
    }

    /// <summary>Withdraws a case (作废) of any status but withdrawn, recording who, when and why as its last step.</summary>
    public static Outcome<CaseView> Withdraw(CaseView view, CaseWithdrawal withdrawal, DateTimeOffset now)
    {
        if (view.Status == CaseStatus.Withdrawn)
        {
            return Refusal.NotAllowedNow($"案件 {view.Id} 已作废 / case {view.Id} is already withdrawn.", view);
        }

        var reason = withdrawal.Reason.Trim();
        if (reason.Length == 0)
        {
            return Refusal.NotAllowedNow("作废须说明理由 / withdrawing a case needs its reason.", view);
        }

        if (!withdrawal.AnyTime && (withdrawal.By != view.ReportedBy || now > view.ReportedAt + CaseWithdrawal.ReporterWindow))
        {
            return Refusal.NotAllowedNow($"上报人只能在上报后 1 小时内作废，之后请联系办公室 / the reporter may withdraw a case only within an hour of reporting it; after that the office does.", view);
        }

        var step = new CaseStep { At = now, By = withdrawal.By, To = CaseStatus.Withdrawn, Note = reason };
        return view with { Status = CaseStatus.Withdrawn, WithdrawnReason = reason, Steps = [.. view.Steps, step], Version = view.Version + 1 };
    }

    public static string Name(CaseStatus status) => status.ToString().ToLowerInvariant();
}
