using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;

namespace CommandCenter.Web.Features.People;

/// <summary>Identity's messages (password rules, user names, a wrong password) in the request's language: Chinese keys, English in IdentityTexts.en.resx.</summary>
public sealed class IdentityTexts(IStringLocalizer<IdentityTexts> text) : IdentityErrorDescriber
{
    private IdentityError Error(string code, string key, params object[] arguments) => new() { Code = code, Description = text[key, arguments] };

    public override IdentityError DefaultError() => Error(nameof(DefaultError), "发生未知错误");

    public override IdentityError ConcurrencyFailure() => Error(nameof(ConcurrencyFailure), "账号已被他人修改，请刷新后重试");

    public override IdentityError PasswordMismatch() => Error(nameof(PasswordMismatch), "密码不正确");

    public override IdentityError InvalidToken() => Error(nameof(InvalidToken), "令牌无效");

    public override IdentityError InvalidUserName(string? userName) => Error(nameof(InvalidUserName), "用户名“{0}”无效：只能使用字母、数字和 -._@+", userName ?? "");

    public override IdentityError DuplicateUserName(string userName) => Error(nameof(DuplicateUserName), "用户名“{0}”已被使用", userName);

    public override IdentityError UserAlreadyInRole(string role) => Error(nameof(UserAlreadyInRole), "账号已属于角色“{0}”", role);

    public override IdentityError UserNotInRole(string role) => Error(nameof(UserNotInRole), "账号不属于角色“{0}”", role);

    public override IdentityError PasswordTooShort(int length) => Error(nameof(PasswordTooShort), "密码至少需要 {0} 个字符", length);

    public override IdentityError PasswordRequiresUniqueChars(int uniqueChars) => Error(nameof(PasswordRequiresUniqueChars), "密码至少需要 {0} 个不同的字符", uniqueChars);

    public override IdentityError PasswordRequiresNonAlphanumeric() => Error(nameof(PasswordRequiresNonAlphanumeric), "密码至少需要一个符号（非字母、非数字）");

    public override IdentityError PasswordRequiresDigit() => Error(nameof(PasswordRequiresDigit), "密码至少需要一个数字");

    public override IdentityError PasswordRequiresLower() => Error(nameof(PasswordRequiresLower), "密码至少需要一个小写字母");

    public override IdentityError PasswordRequiresUpper() => Error(nameof(PasswordRequiresUpper), "密码至少需要一个大写字母");
}
