using System;
using System.Collections.Generic;

namespace Shop.Users
{
    public interface IRepository<T> { T Find(long id); }

    public class UserService : BaseService, IRepository<User>
    {
        private const int Limit = 10;
        public string Name { get; set; }
        private readonly Dictionary<long, User> cache = new();

        public UserService(IRepository<User> repo) { this.repo = repo; }

        public User Find(long id) { return repo.Find(id); }

        internal static void Log(string m) => Console.WriteLine(m);
    }

    public struct Point { public int X; }

    public enum Mode { On, Off }

    public record Pair(int A, int B);

    public delegate void Handler(object sender);
}
