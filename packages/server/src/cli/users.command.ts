import { Command, Option } from 'commander';
import { ROLES } from '../auth/roles.js';
import { createUser, resetPassword } from '../users/users.service.js';
import { resolveOrganisationId, withDatabase } from './with-database.js';

export function usersCommand(): Command {
  const users = new Command('users').description('管理用户账号 Manage user accounts');

  users
    .command('create')
    .description('创建用户 Create a user (works while the server runs)')
    .requiredOption('--username <username>', '登录名')
    .requiredOption('--password <password>', '初始密码')
    .addOption(new Option('--role <role>', '角色').choices([...ROLES]).makeOptionMandatory())
    .option('--department <name>', '所属部门（名称或简称，如 市科技局；部门角色必填）')
    .option('--display-name <name>', '显示名称')
    .option('--organisation <code>', '机构代码（默认：运行计划的机构）')
    .action(async (options: { username: string; password: string; role: string; department?: string; displayName?: string; organisation?: string }) => {
      const user = await withDatabase(async (db) => {
        const organisationId = await resolveOrganisationId(db, options.organisation);
        return createUser(db, null, {
          organisationId,
          username: options.username,
          password: options.password,
          role: options.role,
          department: options.department,
          displayName: options.displayName,
        });
      });
      console.log(`已创建用户 created: ${user.username} (${user.role}) id=${user.id}`);
    });

  users
    .command('reset-password')
    .description('重置密码并注销其所有会话 Reset a password and end the user’s sessions')
    .requiredOption('--username <username>', '登录名')
    .requiredOption('--password <password>', '新密码')
    .action(async (options: { username: string; password: string }) => {
      await withDatabase((db) => resetPassword(db, null, options.username, options.password));
      console.log(`已重置密码 password reset: ${options.username}`);
    });

  return users;
}
