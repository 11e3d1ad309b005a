using System.ComponentModel.DataAnnotations;

namespace CommandCenter.Web.Features.People;

/// <summary>What the password page posts.</summary>
public sealed class PasswordForm
{
    [Required(ErrorMessage = "请输入当前密码 Current password required")]
    public string CurrentPassword { get; set; } = "";

    [Required(ErrorMessage = "请输入新密码 New password required")]
    public string NewPassword { get; set; } = "";

    [Compare(nameof(NewPassword), ErrorMessage = "两次输入的新密码不一致 The new passwords differ")]
    public string Repeat { get; set; } = "";
}
