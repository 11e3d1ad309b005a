using System.ComponentModel.DataAnnotations;

namespace CommandCenter.Web.Features.People;

/// <summary>What the sign-in page posts.</summary>
public sealed class SignInForm
{
    [Required(ErrorMessage = "请输入用户名 User name required")]
    public string UserName { get; set; } = "";

    [Required(ErrorMessage = "请输入密码 Password required")]
    public string Password { get; set; } = "";
}
