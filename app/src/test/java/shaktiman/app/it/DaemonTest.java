package shaktiman.app.it;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Marks a process-level test: each test method gets a fresh {@link Daemons} (its own short temp root, TMPDIR and
 * HOME), and every process it starts is destroyed with its descendants afterwards, pass or fail. After mvnd's
 * {@code MvndTest}.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@ExtendWith(DaemonTestExtension.class)
@interface DaemonTest {

    /** What the project root contains at the start. */
    Fixture fixture() default Fixture.SMALL;
}
